// The whiteboard's pure functions the web app runs in the browser (`@interviewer/engine/whiteboard`):
// validating a scene, reducing it to a graph, the text notation both ways and the layout of a typed
// diagram. A subpath of its own so the web bundle pulls only these (and zod, the stemmer) into the
// lazily loaded whiteboard chunk, never the model providers behind the package's main entry.
export { componentKindOf } from "./component-kinds.ts";
export type { DiagramGraph } from "./diagram-graph.ts";
export { diagramToScene } from "./graph-to-scene.ts";
export { parseWhiteboardSceneJson, utf8Length, WHITEBOARD_LIMITS, type WhiteboardScene } from "./scene-schema.ts";
export { sceneToGraph } from "./scene-to-graph.ts";
export { diagramToNotation, type NotationError, parseDiagramNotation } from "./text-notation.ts";
