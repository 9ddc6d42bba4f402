import { describe, expect, it } from "vitest";
import { completeDesign, labelledBox, scene } from "./scene-fixtures.fixture.ts";
import {
  parseWhiteboardSceneJson,
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
