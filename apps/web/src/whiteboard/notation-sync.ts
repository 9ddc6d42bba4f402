// The two directions between the canvas and its text alternative: a drawn scene read as notation
// (scene → graph → text), and typed notation laid out as a scene (text → graph → scene). Both go
// through the engine's own functions, so the text shows exactly the diagram the grader will read.
import {
  diagramToNotation,
  diagramToScene,
  type NotationError,
  parseDiagramNotation,
  parseWhiteboardSceneJson,
  sceneToGraph,
  type WhiteboardScene,
} from "@interviewer/engine/whiteboard";

/** The notation of a scene; null when the scene is not one the server would accept. */
export function notationOfSceneJson(json: string): string | null {
  const parsed = parseWhiteboardSceneJson(json);
  return parsed.ok ? diagramToNotation(sceneToGraph(parsed.scene).graph) : null;
}

export type NotationToScene = { ok: true; scene: WhiteboardScene } | { ok: false; errors: NotationError[] };

/** Typed notation as a laid-out scene, or its errors with their line numbers. */
export function sceneOfNotation(text: string): NotationToScene {
  const parsed = parseDiagramNotation(text);
  return parsed.ok ? { ok: true, scene: diagramToScene(parsed.graph) } : { ok: false, errors: parsed.errors };
}

/** "Line 3: …" for a keyboard user fixing the text; line 0 is the text as a whole. */
export function describeNotationError(error: NotationError): string {
  return error.line > 0 ? `Line ${error.line}: ${error.message}` : error.message;
}
