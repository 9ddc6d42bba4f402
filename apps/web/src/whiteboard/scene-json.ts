// The whiteboard as the answer carries it: Excalidraw's elements wrapped in the scene shape the server
// validates (the engine's parseWhiteboardSceneJson), serialised once. Deleted elements are dropped so an
// erased drawing does not count against the size limit; the size is checked here the way the server
// checks it, so the candidate learns before submitting that a drawing is too large.
import { utf8Length, WHITEBOARD_LIMITS } from "@interviewer/engine/whiteboard";

export interface DiagramAnswer {
  /** The scene as JSON; undefined when nothing is drawn. */
  json: string | undefined;
  /** Why this scene cannot be sent (too large, too many elements); null when it can. */
  problem: string | null;
}

export const NO_DIAGRAM: DiagramAnswer = { json: undefined, problem: null };

/** What this module reads of an Excalidraw element; the rest is serialised as it is. */
interface DrawnElement {
  id: string;
  isDeleted?: boolean;
}

export function sceneJsonOf(elements: readonly DrawnElement[]): DiagramAnswer {
  const kept = elements.filter((element) => !element.isDeleted);
  if (kept.length === 0) return NO_DIAGRAM;
  const json = JSON.stringify({ type: "excalidraw", version: 2, source: "interviewer", elements: kept });
  if (kept.length > WHITEBOARD_LIMITS.maxElements) {
    return {
      json,
      problem: `The diagram has ${kept.length} elements; at most ${WHITEBOARD_LIMITS.maxElements} can be sent. Remove some strokes or boxes.`,
    };
  }
  const bytes = utf8Length(json);
  if (bytes > WHITEBOARD_LIMITS.maxSceneBytes) {
    return {
      json,
      problem: `The diagram is ${Math.ceil(bytes / 1024)} KB; at most ${WHITEBOARD_LIMITS.maxSceneBytes / 1024} KB can be sent. Remove some freehand drawing.`,
    };
  }
  return { json, problem: null };
}
