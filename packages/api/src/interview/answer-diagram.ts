// The whiteboard sent with an answer: the Excalidraw scene as a JSON string (the web app converts the
// text notation to a scene with diagramToScene before sending, so there is one input shape). It is
// checked before anything is stored: size first, then JSON, then the scene schema (the engine's
// parseWhiteboardSceneJson); a refusal is a typed error (DIAGRAM_TOO_LARGE, DIAGRAM_INVALID) with a
// message the candidate can act on. A diagram with at least one component counts as an answer on its
// own (the explanation may then be empty); the grader keeps such an answer below the passing bar.
import {
  diagramSignature,
  parseWhiteboardSceneJson,
  sceneToGraph,
  WHITEBOARD_LIMITS,
  type WhiteboardScene,
} from "@interviewer/engine";
import { DomainError } from "../errors.ts";

/**
 * Characters a diagram string may have before it is refused unread. Larger than the scene limit in
 * bytes (characters ≤ bytes), so anything between gets the clear DIAGRAM_TOO_LARGE from the parse.
 */
export const MAX_DIAGRAM_INPUT_CHARS = 2 * WHITEBOARD_LIMITS.maxSceneBytes;

export interface AnswerDiagram {
  scene: WhiteboardScene;
  /** Components (labelled boxes) in the drawing: with none, it is not an answer on its own. */
  components: number;
}

/** The validated diagram, or a DomainError saying why it was refused (nothing is stored then). */
export function parseAnswerDiagram(json: string): AnswerDiagram {
  const parsed = parseWhiteboardSceneJson(json);
  if (!parsed.ok) {
    if (parsed.problem === "TOO_LARGE") throw new DomainError("PAYLOAD_TOO_LARGE", "DIAGRAM_TOO_LARGE", parsed.message);
    throw new DomainError("BAD_REQUEST", "DIAGRAM_INVALID", parsed.message);
  }
  return { scene: parsed.scene, components: sceneToGraph(parsed.scene).graph.nodes.length };
}

/** Whether a stored diagram and a submitted one show the same drawing (a retried request sends it again). */
export function sameDiagram(stored: WhiteboardScene | null, submitted: WhiteboardScene | null): boolean {
  if (stored === null || submitted === null) return stored === submitted;
  // Compared as graphs: PostgreSQL's jsonb does not keep key order, so the stored JSON text differs.
  return diagramSignature(sceneToGraph(stored).graph) === diagramSignature(sceneToGraph(submitted).graph);
}
