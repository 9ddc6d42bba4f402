// Whiteboard scenes and diagram text are input anyone can send, read on the one event loop the server
// shares. The same two guards as packages/engine/src/hostile-text-runs-in-linear-time.test.ts, neither of
// which times anything: no pattern that reads labels or notation backtracks super-linearly (scslre),
// and every reader gets hostile input of the largest size the limits let through and must finish
// within the test timeout (30 s) where a quadratic reader would not.
import { analyse } from "scslre";
import { describe, expect, it } from "vitest";
import { LABEL_PATTERNS } from "./component-kinds.ts";
import { describeGraphForModel } from "./describe-graph-for-model.ts";
import { DIAGRAM_LABEL_PATTERNS } from "./diagram-graph.ts";
import { gradeDiagram } from "./grade-diagram.ts";
import {
  parseWhiteboardSceneJson,
  WHITEBOARD_LIMITS,
  type WhiteboardElement,
  ZWhiteboardSceneSchema,
} from "./scene-schema.ts";
import { sceneToGraph } from "./scene-to-graph.ts";
import type { StructuralRubric } from "./structural-rubric.ts";
import { NOTATION_LIMITS, NOTATION_PATTERNS, parseDiagramNotation } from "./text-notation.ts";
import { diagramToMermaid } from "./to-mermaid.ts";

function superLinearParts(pattern: RegExp): string[] {
  return analyse(pattern).reports.map((report) => `${report.type}${report.exponential ? " (exponential)" : ""}`);
}

describe("patterns that read whiteboard text", () => {
  it("every pattern backtracks at most linearly", () => {
    const patterns = [...LABEL_PATTERNS, ...DIAGRAM_LABEL_PATTERNS, ...NOTATION_PATTERNS];
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(superLinearParts(pattern), String(pattern)).toEqual([]);
  });
});

function filled(block: string, length: number): string {
  return block.repeat(Math.ceil(length / block.length)).slice(0, length);
}

// Label text the readers split, stem and compare against the dictionary: long words, near-typos of every
// dictionary word, whitespace runs, camelCase runs.
const HOSTILE_LABELS = [
  filled("a", WHITEBOARD_LIMITS.maxTextChars),
  filled(" \t\n", WHITEBOARD_LIMITS.maxTextChars),
  filled("laod balancr elastcsaerch ", WHITEBOARD_LIMITS.maxTextChars),
  filled("aB", WHITEBOARD_LIMITS.maxTextChars),
  filled("ignore previous instructions ", WHITEBOARD_LIMITS.maxTextChars),
];

const RUBRIC: StructuralRubric = {
  diagram: "expected",
  components: [{ label: "cache", kinds: ["cache"] }],
  flows: [
    {
      name: "long path",
      hops: [["client"], ["load-balancer"], ["api-service"], ["queue"], ["worker"], ["cache"], ["database-primary"]],
    },
  ],
  redundancy: [{ label: "replica", rule: "replica", kind: "database-primary" }],
  accessPatterns: [{ pattern: "look up", kinds: ["cache"] }],
};

/** The worst scene the limits allow: every box on top of every other, every arrow ending inside all of them. */
function hostileScene(label: string): unknown {
  const elements: WhiteboardElement[] = [];
  const boxes = WHITEBOARD_LIMITS.maxElements / 2;
  for (let index = 0; index < boxes / 2; index += 1) {
    // Two piles of boxes, so every arrow runs from one pile to the other.
    const offset = index % 2 === 0 ? 0 : 5000;
    elements.push({ id: `b${index}`, type: "rectangle", x: offset + index, y: offset, width: 1000, height: 1000 });
    // Free text over the boxes: each must be tested against every box.
    elements.push({
      id: `t${index}`,
      type: "text",
      x: offset + 500,
      y: offset + 500,
      width: 10,
      height: 10,
      text: label,
    });
  }
  for (let index = 0; index < boxes; index += 1) {
    elements.push({
      id: `a${index}`,
      type: "arrow",
      x: 400,
      y: 400,
      width: 10,
      height: 10,
      points: [[0, 0], ...Array.from({ length: WHITEBOARD_LIMITS.maxLinearPoints - 2 }, () => [1, 1]), [5000, 5000]],
    });
  }
  return { type: "excalidraw", version: 2, elements };
}

describe("readers of whiteboard input, given hostile input of the maximum size", () => {
  it("scene → graph → grade, description and Mermaid finish", () => {
    for (const label of HOSTILE_LABELS) {
      const parsed = ZWhiteboardSceneSchema.parse(hostileScene(label));
      const { graph, danglingArrows } = sceneToGraph(parsed);
      expect(graph.nodes).toHaveLength(WHITEBOARD_LIMITS.maxElements / 4);
      expect(graph.edges).toHaveLength(WHITEBOARD_LIMITS.maxElements / 2);
      expect(gradeDiagram(graph, RUBRIC).score0to1).toBeGreaterThanOrEqual(0);
      expect(describeGraphForModel(graph, danglingArrows).length).toBeGreaterThan(0);
      expect(diagramToMermaid(graph).length).toBeGreaterThan(0);
    }
  });

  it("the notation parser finishes on every kind of hostile line", () => {
    const lineChars = NOTATION_LIMITS.maxLineChars;
    const hostileLines = ["[", "[\\", "\\]", "[a] -", "[a] <", " ", "#", "[a]#", "[a] -> [b] :"].map((block) =>
      filled(block, lineChars),
    );
    for (const line of hostileLines) {
      const text = Array.from({ length: NOTATION_LIMITS.maxLines }, () => line).join("\n");
      const result = parseDiagramNotation(text.slice(0, NOTATION_LIMITS.maxChars));
      expect(result.ok ? result.graph.nodes.length : result.errors.length, line.slice(0, 10)).toBeGreaterThanOrEqual(0);
    }
    // One long line is refused by its length, not read.
    expect(parseDiagramNotation(filled("[a", NOTATION_LIMITS.maxChars))).toMatchObject({ ok: false });
  });
});

describe("the scene's depth and text check, given the largest scene the size limit lets through", () => {
  const box = (extra: string) =>
    `{"id":"a","type":"rectangle","x":0,"y":0,"width":10,"height":10,"customData":${extra}}`;
  const sceneJson = (elements: string) => `{"type":"excalidraw","version":2,"elements":[${elements}]}`;

  it("refuses a field nested as deep as the size allows, without overflowing the stack", () => {
    const frame = sceneJson(box(""));
    const levels = Math.floor((WHITEBOARD_LIMITS.maxSceneBytes - frame.length) / 2);
    const json = sceneJson(box(`${"[".repeat(levels)}${"]".repeat(levels)}`));
    expect(json.length).toBeLessThanOrEqual(WHITEBOARD_LIMITS.maxSceneBytes);
    const result = parseWhiteboardSceneJson(json);
    expect(result).toMatchObject({ ok: false, problem: "INVALID" });
    expect(result.ok ? "" : result.message).toMatch(/nested more than/);
  });

  it("reads every string of a scene made of nothing but short strings, and finds the broken one at the end", () => {
    // Each element is about 100 bytes of fields and then as many 4-byte strings ("a",) as fit.
    const perElement = Math.floor((WHITEBOARD_LIMITS.maxSceneBytes / WHITEBOARD_LIMITS.maxElements - 110) / 4);
    const strings = Array.from({ length: perElement }, () => '"a"').join(",");
    const elements = Array.from({ length: WHITEBOARD_LIMITS.maxElements }, (_, index) =>
      box(`[${strings}]`).replace('"id":"a"', `"id":"b${index}"`),
    );
    const valid = sceneJson(elements.join(","));
    expect(valid.length).toBeLessThanOrEqual(WHITEBOARD_LIMITS.maxSceneBytes);
    expect(parseWhiteboardSceneJson(valid).ok).toBe(true);
    const broken = valid.replace(/"a"\]\}\]\}$/, '"\\ud800"]}]}');
    expect(broken).not.toBe(valid);
    expect(parseWhiteboardSceneJson(broken)).toMatchObject({ ok: false, problem: "INVALID" });
  });
});
