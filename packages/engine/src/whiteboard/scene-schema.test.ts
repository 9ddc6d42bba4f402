import { describe, expect, it, vi } from "vitest";
import { MALFORMED_TEXT_ERROR } from "../stored-text.ts";
import {
  completeDesign,
  designWithoutCache,
  designWithoutReplica,
  labelledBox,
  scene,
  sketchedDesignWithTypos,
  unconnectedDesign,
} from "./scene-fixtures.fixture.ts";
import {
  parseWhiteboardSceneJson,
  sceneProblem,
  utf8Length,
  WHITEBOARD_LIMITS,
  ZStoredWhiteboardSceneSchema,
  ZWhiteboardSceneSchema,
} from "./scene-schema.ts";

describe("ZWhiteboardSceneSchema", () => {
  it("accepts an Excalidraw scene and keeps the fields it does not read for the canvas", () => {
    const parsed = ZWhiteboardSceneSchema.parse(completeDesign());
    expect(parsed.elements).toHaveLength(completeDesign().elements.length);
    const rectangle = parsed.elements.find((element) => element.id === "client");
    expect(rectangle).toMatchObject({ type: "rectangle", strokeColor: "#1e1e1e" });
    expect(parsed.source).toBe("https://excalidraw.com");
  });

  it("lets element types it does not read through, with their common fields checked", () => {
    const image = { id: "img", type: "image", x: 0, y: 0, width: 10, height: 10, fileId: "abc" };
    expect(ZWhiteboardSceneSchema.safeParse(scene([image])).success).toBe(true);
    const misplaced = { type: "excalidraw", version: 2, elements: [{ ...image, x: "left" }] };
    expect(ZWhiteboardSceneSchema.safeParse(misplaced).success).toBe(false);
  });

  it("refuses a known element type with invalid fields (an arrow with one point)", () => {
    const broken = { id: "a", type: "arrow", x: 0, y: 0, width: 0, height: 0, points: [[0, 0]] };
    const result = ZWhiteboardSceneSchema.safeParse(scene([broken]));
    expect(result.success).toBe(false);
  });

  it("refuses more elements, points or text than the limits allow", () => {
    const many = Array.from(
      { length: WHITEBOARD_LIMITS.maxElements + 1 },
      (_, index) => labelledBox(`b${index}`, "x", index, 0)[1][0],
    );
    expect(ZWhiteboardSceneSchema.safeParse(scene(many.flatMap((element) => (element ? [element] : [])))).success).toBe(
      false,
    );
    const points = Array.from({ length: WHITEBOARD_LIMITS.maxLinearPoints + 1 }, (_, index) => [index, 0]);
    const longArrow = { id: "a", type: "arrow", x: 0, y: 0, width: 10, height: 0, points };
    expect(ZWhiteboardSceneSchema.safeParse(scene([longArrow])).success).toBe(false);
    const [, textElements] = labelledBox("t", "y".repeat(WHITEBOARD_LIMITS.maxTextChars + 1), 0, 0);
    expect(ZWhiteboardSceneSchema.safeParse(scene(textElements)).success).toBe(false);
  });

  it("refuses coordinates no drawing has and a scene that is not Excalidraw's", () => {
    const far = { id: "r", type: "rectangle", x: 1e12, y: 0, width: 10, height: 10 };
    expect(ZWhiteboardSceneSchema.safeParse(scene([far])).success).toBe(false);
    expect(ZWhiteboardSceneSchema.safeParse({ type: "tldraw", version: 2, elements: [] }).success).toBe(false);
    expect(ZWhiteboardSceneSchema.safeParse({ type: "excalidraw", version: 2, elements: {} }).success).toBe(false);
  });

  it("refuses U+0000 anywhere, in a label or in a field it does not read", () => {
    const [, textElements] = labelledBox("t", "Re\u0000dis", 0, 0);
    expect(ZWhiteboardSceneSchema.safeParse(scene(textElements)).success).toBe(false);
    const styled = { id: "r", type: "rectangle", x: 0, y: 0, width: 1, height: 1, strokeColor: "#000\u0000" };
    expect(ZWhiteboardSceneSchema.safeParse(scene([styled])).success).toBe(false);
  });

  it("refuses a lone surrogate in a label, a field it does not read, or a key, and names where", () => {
    const [, textElements] = labelledBox("t", "Postgres \ud800", 0, 0);
    const label = ZWhiteboardSceneSchema.safeParse(scene(textElements));
    expect(label.success ? [] : label.error.issues.map(({ message, path }) => ({ message, path }))).toEqual([
      { message: MALFORMED_TEXT_ERROR, path: ["elements", 1, "text"] },
    ]);
    const styled = { id: "r", type: "rectangle", x: 0, y: 0, width: 1, height: 1, customData: { note: "\udc00" } };
    expect(ZWhiteboardSceneSchema.safeParse(scene([styled])).success).toBe(false);
    const key = { id: "r", type: "rectangle", x: 0, y: 0, width: 1, height: 1, "k\ud83d": 1 };
    expect(ZWhiteboardSceneSchema.safeParse(scene([key])).success).toBe(false);
  });

  it("accepts emoji, and a label that spells out an escape as typed text", () => {
    const [, textElements] = labelledBox("t", "Cache \u{1F600} (\\u0000, \\ud800)", 0, 0);
    expect(ZWhiteboardSceneSchema.safeParse(scene(textElements)).success).toBe(true);
  });
});

/** Levels of arrays and objects in a parsed JSON value, the value itself being level 1 (0 for a scalar). */
function depthOf(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

/** Arrays nested `levels` deep: [[[…]]]. */
function nestedArrays(levels: number): string {
  return `${"[".repeat(levels)}${"]".repeat(levels)}`;
}

/** A valid scene's JSON with `extra` as the raw JSON of a field the schema does not read, on its box. */
function sceneJsonWithExtra(extra: string): string {
  const box = `{"id":"a","type":"rectangle","x":0,"y":0,"width":10,"height":10,"customData":${extra}}`;
  const label = `{"id":"t","type":"text","x":0,"y":0,"width":1,"height":1,"text":"Postgres","containerId":"a"}`;
  return `{"type":"excalidraw","version":2,"elements":[${box},${label}]}`;
}

describe("nesting depth", () => {
  it("every fixture scene is far inside the limit (Excalidraw's own fields go 5 deep)", () => {
    for (const fixture of [
      completeDesign(),
      designWithoutCache(),
      designWithoutReplica(),
      unconnectedDesign(),
      sketchedDesignWithTypos(),
    ]) {
      expect(depthOf(fixture)).toBeLessThanOrEqual(5);
      expect(ZWhiteboardSceneSchema.safeParse(fixture).success).toBe(true);
    }
  });

  it("accepts a scene exactly at the limit and refuses one a level deeper", () => {
    // The scene, its elements and the box are levels 1–3, so customData may nest maxDepth − 3 more.
    const atLimit = sceneJsonWithExtra(nestedArrays(WHITEBOARD_LIMITS.maxDepth - 3));
    expect(depthOf(JSON.parse(atLimit))).toBe(WHITEBOARD_LIMITS.maxDepth);
    expect(parseWhiteboardSceneJson(atLimit).ok).toBe(true);
    const deeper = parseWhiteboardSceneJson(sceneJsonWithExtra(nestedArrays(WHITEBOARD_LIMITS.maxDepth - 2)));
    expect(deeper).toMatchObject({ ok: false, problem: "INVALID" });
    expect(deeper.ok ? "" : deeper.message).toMatch(/elements\.0\.customData.*nested more than 12 levels deep/);
  });

  it("refuses the probe's 3,000- and 200,000-level fields as invalid, without an internal message", () => {
    for (const levels of [3000, 4500, 200_000]) {
      const result = parseWhiteboardSceneJson(sceneJsonWithExtra(nestedArrays(levels)));
      expect(result).toMatchObject({ ok: false, problem: "INVALID" });
      expect(result.ok ? "" : result.message).toMatch(/nested more than/);
      expect(result.ok ? "" : result.message).not.toMatch(/call stack/i);
    }
  });

  it("a parser that gives up on the nesting is a refusal that says so, not its stack message", () => {
    // V8 parses iteratively; another engine (the web app runs this check too) may throw a RangeError.
    const parse = vi.spyOn(JSON, "parse").mockImplementationOnce(() => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    try {
      const result = parseWhiteboardSceneJson(sceneJsonWithExtra(nestedArrays(100_000)));
      expect(result).toMatchObject({ ok: false, problem: "NOT_JSON" });
      expect(result.ok ? "" : result.message).toMatch(/nested more than 12 levels deep/);
    } finally {
      parse.mockRestore();
    }
  });

  it("sceneProblem finds nothing in a valid scene", () => {
    expect(sceneProblem(completeDesign())).toBeNull();
  });
});

describe("ZStoredWhiteboardSceneSchema", () => {
  it("reads a stored scene back as it was stored, without copying its elements", () => {
    const stored = ZWhiteboardSceneSchema.parse(completeDesign());
    expect(ZStoredWhiteboardSceneSchema.parse(stored)).toBe(stored);
  });

  it("refuses what is not a scene's envelope: another type, too many elements, an element without id", () => {
    expect(ZStoredWhiteboardSceneSchema.safeParse({ type: "tldraw", elements: [] }).success).toBe(false);
    expect(ZStoredWhiteboardSceneSchema.safeParse({ type: "excalidraw" }).success).toBe(false);
    const tooMany = Array.from({ length: WHITEBOARD_LIMITS.maxElements + 1 }, (_, index) => ({
      id: `e${index}`,
      type: "text",
    }));
    expect(ZStoredWhiteboardSceneSchema.safeParse({ type: "excalidraw", elements: tooMany }).success).toBe(false);
    expect(ZStoredWhiteboardSceneSchema.safeParse({ type: "excalidraw", elements: [{ type: "text" }] }).success).toBe(
      false,
    );
    expect(ZStoredWhiteboardSceneSchema.safeParse(null).success).toBe(false);
  });
});

describe("parseWhiteboardSceneJson", () => {
  it("parses a valid scene", () => {
    const result = parseWhiteboardSceneJson(JSON.stringify(completeDesign()));
    expect(result.ok && result.scene.elements.length).toBe(completeDesign().elements.length);
  });

  it("refuses an oversized scene before parsing it", () => {
    const huge = JSON.stringify({
      ...scene([]),
      appState: { padding: "p".repeat(WHITEBOARD_LIMITS.maxSceneBytes) },
    });
    expect(parseWhiteboardSceneJson(huge)).toMatchObject({ ok: false, problem: "TOO_LARGE" });
    // Multi-byte characters count in bytes: 270,000 "é" are 540,000 bytes of UTF-8 in fewer characters.
    const accented = JSON.stringify({ ...scene([]), appState: { note: "é".repeat(270_000) } });
    expect(accented.length).toBeLessThan(WHITEBOARD_LIMITS.maxSceneBytes);
    expect(parseWhiteboardSceneJson(accented)).toMatchObject({ ok: false, problem: "TOO_LARGE" });
  });

  it("names what is wrong with a malformed scene", () => {
    expect(parseWhiteboardSceneJson("{not json")).toMatchObject({ ok: false, problem: "NOT_JSON" });
    const result = parseWhiteboardSceneJson(
      JSON.stringify({ type: "excalidraw", version: 2, elements: [{ id: "x" }] }),
    );
    expect(result).toMatchObject({ ok: false, problem: "INVALID" });
    expect(result.ok ? "" : result.message).toContain("elements.0");
  });

  it("counts UTF-8 bytes as the database will store them", () => {
    expect(utf8Length("aé€😀")).toBe(1 + 2 + 3 + 4);
  });
});
