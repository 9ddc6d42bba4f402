import { parseWhiteboardSceneJson, WHITEBOARD_LIMITS } from "@interviewer/engine/whiteboard";
import { describe, expect, it } from "vitest";
import { sceneJsonOf } from "./scene-json.ts";

const box = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: "rectangle",
  x: 0,
  y: 0,
  width: 100,
  height: 50,
  ...extra,
});

describe("the whiteboard's answer JSON", () => {
  it("is a scene the server accepts, without erased elements", () => {
    const answer = sceneJsonOf([box("a"), box("b", { isDeleted: true })]);
    expect(answer.problem).toBeNull();
    const parsed = parseWhiteboardSceneJson(answer.json ?? "");
    expect(parsed.ok && parsed.scene.elements.map((element) => element.id)).toEqual(["a"]);
  });

  it("is absent when everything drawn was erased", () => {
    expect(sceneJsonOf([box("a", { isDeleted: true })])).toEqual({ json: undefined, problem: null });
  });

  it("says how large an oversized drawing is before it is sent", () => {
    const stroke = { ...box("s"), type: "freedraw", points: Array.from({ length: 1900 }, (_, i) => [i, i]) };
    const strokes = Array.from({ length: 40 }, (_, index) => ({ ...stroke, id: `s${index}` }));
    const answer = sceneJsonOf(strokes);
    expect(answer.problem).toMatch(/^The diagram is \d+ KB; at most 512 KB can be sent\./);
    expect(parseWhiteboardSceneJson(answer.json ?? "").ok).toBe(false);
  });

  it("counts elements against the limit", () => {
    const boxes = Array.from({ length: WHITEBOARD_LIMITS.maxElements + 1 }, (_, index) => box(`b${index}`));
    expect(sceneJsonOf(boxes).problem).toContain(`at most ${WHITEBOARD_LIMITS.maxElements} can be sent`);
  });
});
