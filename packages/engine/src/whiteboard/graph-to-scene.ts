// Lays a diagram out as a whiteboard scene, so a diagram typed in the text notation appears on the canvas
// as boxes with bound labels and bound arrows (and reads back to the same graph through scene-to-graph).
// Layout is left to right by layers: components no arrow points to first, each further column one arrow
// further on (breadth first, so cycles terminate); components with no arrow at all get a column of their
// own at the end. Only the fields Excalidraw needs to draw and re-bind the elements are written; the
// canvas fills in the rest of its defaults when it loads the scene (Excalidraw's restore).
import type { DiagramGraph } from "./diagram-graph.ts";
import { unconnectedNodes } from "./diagram-graph.ts";
import type {
  WhiteboardElement,
  WhiteboardScene,
  WhiteboardShapeElement,
  WhiteboardTextElement,
} from "./scene-schema.ts";

const BOX_WIDTH = 180;
const BOX_HEIGHT = 72;
const COLUMN_GAP = 120;
const ROW_GAP = 48;
const FONT_SIZE = 20;
const LINE_HEIGHT = 1.25;
/** Space Excalidraw leaves between a bound arrow's end and the box. */
const BINDING_GAP = 4;

function columnsOf(graph: DiagramGraph): Map<string, number> {
  const next = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
  const pointedTo = new Set<string>();
  for (const edge of graph.edges) {
    next.get(edge.from)?.push(edge.to);
    if (edge.bidirectional) next.get(edge.to)?.push(edge.from);
    else pointedTo.add(edge.to);
  }
  const isolated = new Set(unconnectedNodes(graph).map((node) => node.id));
  const column = new Map<string, number>();
  const visit = (roots: string[]) => {
    let frontier = roots.filter((id) => !column.has(id));
    for (const id of frontier) column.set(id, 0);
    let depth = 0;
    while (frontier.length > 0) {
      depth += 1;
      const following: string[] = [];
      for (const id of frontier) {
        for (const target of next.get(id) ?? []) {
          if (column.has(target)) continue;
          column.set(target, depth);
          following.push(target);
        }
      }
      frontier = following;
    }
  };
  const connected = graph.nodes.filter((node) => !isolated.has(node.id)).map((node) => node.id);
  visit(connected.filter((id) => !pointedTo.has(id)));
  // What remains sits on a cycle no root leads into: start from its first component.
  for (const id of connected) if (!column.has(id)) visit([id]);
  const lastColumn = Math.max(-1, ...column.values());
  for (const id of isolated) column.set(id, lastColumn + 1);
  return column;
}

/** A deterministic small integer per element, for Excalidraw's hand-drawn stroke seed. */
function seedOf(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return (hash >>> 0) % 2_000_000_000;
}

function style(id: string) {
  return {
    angle: 0,
    isDeleted: false,
    groupIds: [],
    frameId: null,
    strokeColor: "#1e1e1e",
    backgroundColor: "transparent",
    fillStyle: "solid",
    strokeWidth: 2,
    strokeStyle: "solid",
    roughness: 1,
    opacity: 100,
    seed: seedOf(id),
    version: 1,
    versionNonce: seedOf(`${id}:nonce`),
    locked: false,
    link: null,
  };
}

function textElement(
  id: string,
  containerId: string,
  text: string,
  centreX: number,
  centreY: number,
): WhiteboardTextElement {
  const height = FONT_SIZE * LINE_HEIGHT;
  // Roughly the width Excalidraw measures for its hand-drawn font; it re-measures on load.
  const width = Math.min(BOX_WIDTH - 10, Math.max(10, text.length * FONT_SIZE * 0.55));
  return {
    ...style(id),
    id,
    type: "text",
    x: centreX - width / 2,
    y: centreY - height / 2,
    width,
    height,
    text,
    originalText: text,
    containerId,
    fontSize: FONT_SIZE,
    fontFamily: 1,
    textAlign: "center",
    verticalAlign: "middle",
    lineHeight: LINE_HEIGHT,
    autoResize: true,
    boundElements: null,
  };
}

export function diagramToScene(graph: DiagramGraph): WhiteboardScene {
  const column = columnsOf(graph);
  const rowsUsed = new Map<number, number>();
  const boxOf = new Map<string, { x: number; y: number }>();
  for (const node of graph.nodes) {
    const col = column.get(node.id) ?? 0;
    const row = rowsUsed.get(col) ?? 0;
    rowsUsed.set(col, row + 1);
    boxOf.set(node.id, { x: col * (BOX_WIDTH + COLUMN_GAP), y: row * (BOX_HEIGHT + ROW_GAP) });
  }
  const shapeId = (nodeId: string) => `shape-${nodeId}`;
  const bound = new Map<string, { id: string; type: string }[]>(
    graph.nodes.map((node) => [node.id, node.label === "" ? [] : [{ id: `label-${node.id}`, type: "text" }]]),
  );
  const connectors: WhiteboardElement[] = [];
  graph.edges.forEach((edge, index) => {
    const from = boxOf.get(edge.from);
    const to = boxOf.get(edge.to);
    if (!from || !to) return;
    const id = `arrow-${index + 1}`;
    bound.get(edge.from)?.push({ id, type: "arrow" });
    bound.get(edge.to)?.push({ id, type: "arrow" });
    // From the side of one box that faces the other, to the facing side of the other.
    const rightwards = to.x >= from.x;
    const startX = rightwards ? from.x + BOX_WIDTH + BINDING_GAP : from.x - BINDING_GAP;
    const endX = rightwards ? to.x - BINDING_GAP : to.x + BOX_WIDTH + BINDING_GAP;
    const sameColumn = from.x === to.x;
    const startY = sameColumn
      ? from.y + (to.y > from.y ? BOX_HEIGHT + BINDING_GAP : -BINDING_GAP)
      : from.y + BOX_HEIGHT / 2;
    const endY = sameColumn ? to.y + (to.y > from.y ? -BINDING_GAP : BOX_HEIGHT + BINDING_GAP) : to.y + BOX_HEIGHT / 2;
    const [x0, x1] = sameColumn ? [from.x + BOX_WIDTH / 2, to.x + BOX_WIDTH / 2] : [startX, endX];
    connectors.push({
      ...style(id),
      id,
      type: "arrow",
      x: x0,
      y: startY,
      width: Math.abs(x1 - x0),
      height: Math.abs(endY - startY),
      points: [
        [0, 0],
        [x1 - x0, endY - startY],
      ],
      startBinding: { elementId: shapeId(edge.from), focus: 0, gap: BINDING_GAP },
      endBinding: { elementId: shapeId(edge.to), focus: 0, gap: BINDING_GAP },
      startArrowhead: edge.bidirectional ? "arrow" : null,
      endArrowhead: "arrow",
      boundElements: edge.label === "" ? null : [{ id: `${id}-label`, type: "text" }],
    });
    if (edge.label !== "") {
      connectors.push(textElement(`${id}-label`, id, edge.label, (x0 + x1) / 2, (startY + endY) / 2));
    }
  });
  const shapes: WhiteboardElement[] = graph.nodes.flatMap((node) => {
    const box = boxOf.get(node.id) ?? { x: 0, y: 0 };
    const shape: WhiteboardShapeElement = {
      ...style(shapeId(node.id)),
      id: shapeId(node.id),
      type: "rectangle",
      x: box.x,
      y: box.y,
      width: BOX_WIDTH,
      height: BOX_HEIGHT,
      roundness: { type: 3 },
      boundElements: bound.get(node.id) ?? [],
    };
    if (node.label === "") return [shape];
    return [
      shape,
      textElement(`label-${node.id}`, shapeId(node.id), node.label, box.x + BOX_WIDTH / 2, box.y + BOX_HEIGHT / 2),
    ];
  });
  return { type: "excalidraw", version: 2, source: "interviewer", elements: [...shapes, ...connectors] };
}
