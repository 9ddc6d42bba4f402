import { describe, expect, it } from "vitest";
import { type DiagramGraph, diagramSignature } from "./diagram-graph.ts";
import { diagramToScene } from "./graph-to-scene.ts";
import { completeDesign, sketchedDesignWithTypos, unconnectedDesign } from "./scene-fixtures.fixture.ts";
import { WHITEBOARD_LIMITS, ZWhiteboardSceneSchema } from "./scene-schema.ts";
import { sceneToGraph } from "./scene-to-graph.ts";
import { diagramToNotation, NOTATION_LIMITS, parseDiagramNotation } from "./text-notation.ts";

function parsed(text: string): DiagramGraph {
  const result = parseDiagramNotation(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.graph;
}

const DESIGN = [
  "[Web client] -> [Load balancer]: HTTPS",
  "[Load balancer] -> [API]",
  "[Load balancer] -> [API]#2",
  "[API] <-> [Redis cache]: get / set",
  "[Worker] <- [Orders queue]",
  "[API]#2 -> [Orders queue]",
  "[Audit log \\] \\\\ archive]",
].join("\n");

describe("parseDiagramNotation", () => {
  it("reads components, arrows in both directions, labels, duplicates and escapes", () => {
    expect(parsed(DESIGN)).toEqual({
      nodes: [
        { id: "n1", label: "Web client", kind: "client" },
        { id: "n2", label: "Load balancer", kind: "load-balancer" },
        { id: "n3", label: "API", kind: "api-service" },
        { id: "n4", label: "API", kind: "api-service" },
        { id: "n5", label: "Redis cache", kind: "cache" },
        { id: "n6", label: "Worker", kind: "worker" },
        { id: "n7", label: "Orders queue", kind: "queue" },
        { id: "n8", label: "Audit log ] \\ archive", kind: "other" },
      ],
      edges: [
        { from: "n1", to: "n2", label: "HTTPS", bidirectional: false },
        { from: "n2", to: "n3", label: "", bidirectional: false },
        { from: "n2", to: "n4", label: "", bidirectional: false },
        { from: "n3", to: "n5", label: "get / set", bidirectional: true },
        { from: "n7", to: "n6", label: "", bidirectional: false },
        { from: "n4", to: "n7", label: "", bidirectional: false },
      ],
    });
  });

  it("treats [API] and [API]#1 as one component and ignores blank lines and Windows line ends", () => {
    const graph = parsed("[API] -> [DB]\r\n\r\n   \n[API]#1 -> [Cache]\r\n");
    expect(graph.nodes.map((node) => node.label)).toEqual(["API", "DB", "Cache"]);
    expect(graph.edges.map((edge) => edge.from)).toEqual(["n1", "n1"]);
  });

  it("reports every bad line with its number and a message to act on", () => {
    const result = parseDiagramNotation(
      [
        "[API] -> [DB]",
        "API -> [DB]",
        "[API -> [DB]",
        "[API] => [DB]",
        "[API] -> [DB] extra",
        "[A]#0",
        "[A] -> [A]",
      ].join("\n"),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.line, error.code])).toEqual([
      [2, "EXPECTED_NODE"],
      [3, "UNCLOSED_BRACKET"],
      [4, "EXPECTED_ARROW"],
      [5, "EXPECTED_ARROW"],
      [6, "BAD_DUPLICATE_INDEX"],
      [7, "SELF_CONNECTION"],
    ]);
    expect(result.errors[0]?.message).toContain("[API]");
  });

  it("refuses text beyond its bounds: lines, line length, label length, NUL, elements a canvas can hold", () => {
    const tooManyLines = "\n".repeat(NOTATION_LIMITS.maxLines);
    expect(parseDiagramNotation(tooManyLines)).toMatchObject({ ok: false, errors: [{ code: "TOO_MANY_LINES" }] });
    expect(parseDiagramNotation(`[${"a".repeat(NOTATION_LIMITS.maxLineChars)}]`)).toMatchObject({
      ok: false,
      errors: [{ line: 1, code: "LINE_TOO_LONG" }],
    });
    expect(parseDiagramNotation(`[${"a".repeat(101)}]`)).toMatchObject({
      ok: false,
      errors: [{ line: 1, code: "LABEL_TOO_LONG" }],
    });
    expect(parseDiagramNotation("[Re\u0000dis]")).toMatchObject({ ok: false, errors: [{ code: "NUL_CHARACTER" }] });
    const crowded = Array.from({ length: 300 }, (_, index) => `[c${index}]`).join("\n");
    const result = parseDiagramNotation(crowded);
    // 250 labelled boxes are 500 elements; the 251st is one too many, reported once.
    expect(result).toMatchObject({ ok: false, errors: [{ line: 251, code: "TOO_BIG" }] });
  });
});

describe("the text notation round trip", () => {
  it("notation → graph → notation gives back the same text", () => {
    expect(diagramToNotation(parsed(DESIGN))).toBe(
      [
        "[Web client] -> [Load balancer]: HTTPS",
        "[Load balancer] -> [API]",
        "[Load balancer] -> [API]#2",
        "[API] <-> [Redis cache]: get / set",
        "[Orders queue] -> [Worker]",
        "[API]#2 -> [Orders queue]",
        "[Audit log \\] \\\\ archive]",
      ].join("\n"),
    );
  });

  it.each([
    ["a complete design", completeDesign],
    ["a sketch with typos and two-way lines", sketchedDesignWithTypos],
    ["a design with unconnected boxes", unconnectedDesign],
  ])("graph → notation → graph is the same diagram: %s", (_name, fixture) => {
    const { graph } = sceneToGraph(ZWhiteboardSceneSchema.parse(fixture()));
    const again = parsed(diagramToNotation(graph));
    expect(diagramSignature(again)).toBe(diagramSignature(graph));
    expect(again.nodes).toHaveLength(graph.nodes.length);
  });

  it("notation → scene draws bound boxes and arrows that read back as the same diagram", () => {
    const graph = parsed(`${DESIGN}\n[]\n[Lonely worker]`);
    const drawn = diagramToScene(graph);
    const valid = ZWhiteboardSceneSchema.safeParse(drawn);
    expect(valid.success).toBe(true);
    const arrows = drawn.elements.filter((element) => element.type === "arrow");
    expect(arrows).toHaveLength(graph.edges.length);
    expect(arrows.every((element) => "startBinding" in element && element.startBinding !== null)).toBe(true);
    const read = sceneToGraph(ZWhiteboardSceneSchema.parse(drawn));
    expect(diagramSignature(read.graph)).toBe(diagramSignature(graph));
    expect(read.danglingArrows).toEqual([]);
  });

  it("the largest diagram the notation accepts still fits on a canvas", () => {
    const boxes = Array.from({ length: 100 }, (_, index) => `[s${index}] -> [t${index}]`);
    const graph = parsed(boxes.join("\n"));
    // 200 labelled boxes and 100 arrows: exactly the 500 elements a scene may hold.
    const drawn = diagramToScene(graph);
    expect(drawn.elements.length).toBeLessThanOrEqual(WHITEBOARD_LIMITS.maxElements);
    expect(ZWhiteboardSceneSchema.safeParse(drawn).success).toBe(true);
  });
});
