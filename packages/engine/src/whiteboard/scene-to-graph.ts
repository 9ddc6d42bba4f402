// Reduces a validated whiteboard scene to the diagram graph the grader reads. Decisions, in the order a
// drawing is read:
// - Nodes are the shapes (rectangle, ellipse, diamond). Deleted elements, frames, freehand strokes and
//   element types we do not read are ignored.
// - A shape's label is the text bound inside it (Excalidraw's containerId). A shape without one takes the
//   free text elements whose centre lies inside it (the smallest such shape wins, so a label inside a box
//   nested in a region labels the inner box): candidates often type a label on top of a box without
//   binding it, and the reader of their drawing would read it as the box's name either way.
// - Free text inside no shape is a note, unless an arrow starts or ends on it: then it is a component
//   drawn as bare text ("Redis" with an arrow to it) and becomes a node too.
// - An arrow or line is an edge when both of its ends are on a node: bound to it (start/endBinding), or,
//   when unbound, with the end point inside the node's box widened by END_TOLERANCE (a hand-drawn arrow
//   stops short of the box). Its label is the text bound to it. An arrow with a head at each end, or none,
//   and any plain line, can be followed both ways; a head only at the start reverses it.
// - Arrows with an end on nothing are reported (danglingArrows), with the node at their other end, so
//   feedback can say which connection was left open. An arrow from a node to itself is dropped.
// Rotation is ignored (boxes are read unrotated): a slightly tilted box still contains its label.
// Cost: every arrow end and free text is tested against every shape, at most 500 × 500 checks.
import { componentKindOf } from "./component-kinds.ts";
import { type DiagramEdge, type DiagramGraph, type DiagramNode, normalizeLabel } from "./diagram-graph.ts";
import type {
  WhiteboardElement,
  WhiteboardLinearElement,
  WhiteboardScene,
  WhiteboardShapeElement,
  WhiteboardTextElement,
} from "./scene-schema.ts";

/** How far outside a box (in scene pixels) an unbound arrow end may stop and still be on it. */
export const END_TOLERANCE = 16;

export interface DanglingArrow {
  id: string;
  label: string;
  /** Which end is on nothing. */
  openEnd: "start" | "end" | "both";
  /** The label of the node the other end is on, when one is. */
  attachedTo: string | null;
}

export interface SceneGraph {
  graph: DiagramGraph;
  danglingArrows: DanglingArrow[];
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function boxOf(element: { x: number; y: number; width: number; height: number }): Box {
  // Excalidraw allows negative width/height while a shape is dragged out leftwards or upwards.
  const left = Math.min(element.x, element.x + element.width);
  const top = Math.min(element.y, element.y + element.height);
  return { left, top, right: left + Math.abs(element.width), bottom: top + Math.abs(element.height) };
}

function contains(box: Box, x: number, y: number, tolerance: number): boolean {
  return (
    x >= box.left - tolerance && x <= box.right + tolerance && y >= box.top - tolerance && y <= box.bottom + tolerance
  );
}

function area(box: Box): number {
  return (box.right - box.left) * (box.bottom - box.top);
}

interface Candidate {
  id: string;
  box: Box;
  /** Shapes win over bare text when an unbound arrow end is inside both. */
  isShape: boolean;
  texts: string[];
}

function isShape(element: WhiteboardElement): element is WhiteboardShapeElement {
  return element.type === "rectangle" || element.type === "ellipse" || element.type === "diamond";
}

function isText(element: WhiteboardElement): element is WhiteboardTextElement {
  return element.type === "text";
}

function isLinear(element: WhiteboardElement): element is WhiteboardLinearElement {
  return element.type === "arrow" || element.type === "line";
}

/** The smallest candidate whose box (widened by `tolerance`) contains the point. */
function smallestContaining(
  candidates: readonly Candidate[],
  x: number,
  y: number,
  tolerance: number,
  preferShapes: boolean,
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    if (!contains(candidate.box, x, y, tolerance)) continue;
    if (best === undefined) {
      best = candidate;
      continue;
    }
    if (preferShapes && candidate.isShape !== best.isShape) {
      if (candidate.isShape) best = candidate;
      continue;
    }
    if (area(candidate.box) < area(best.box)) best = candidate;
  }
  return best;
}

/** Top to bottom, then left to right: the order a reader reads several texts in one box. */
function readingOrder(a: WhiteboardTextElement, b: WhiteboardTextElement): number {
  return a.y - b.y || a.x - b.x;
}

export function sceneToGraph(scene: WhiteboardScene): SceneGraph {
  const live = scene.elements.filter((element) => element.isDeleted !== true);
  const shapes = live.filter(isShape);
  const texts = live.filter(isText);
  const connectors = live.filter(isLinear);

  const shapeCandidates = new Map<string, Candidate>(
    shapes.map((shape) => [shape.id, { id: shape.id, box: boxOf(shape), isShape: true, texts: [] }]),
  );
  const arrowLabels = new Map<string, string[]>();
  const connectorIds = new Set(connectors.map((connector) => connector.id));
  const freeTexts: WhiteboardTextElement[] = [];
  for (const text of [...texts].sort(readingOrder)) {
    const container = text.containerId ? shapeCandidates.get(text.containerId) : undefined;
    if (container) container.texts.push(text.text);
    else if (text.containerId && connectorIds.has(text.containerId)) {
      const labels = arrowLabels.get(text.containerId) ?? [];
      labels.push(text.text);
      arrowLabels.set(text.containerId, labels);
    } else freeTexts.push(text);
  }

  // Free text labels a shape that has no bound label of its own; otherwise it may be a bare-text node.
  const shapeList = [...shapeCandidates.values()];
  const boundLabelled = new Set(shapeList.filter((shape) => shape.texts.length > 0).map((shape) => shape.id));
  const textCandidates: Candidate[] = [];
  for (const text of freeTexts) {
    const box = boxOf(text);
    const inside = smallestContaining(shapeList, (box.left + box.right) / 2, (box.top + box.bottom) / 2, 0, false);
    if (inside && !boundLabelled.has(inside.id)) inside.texts.push(text.text);
    else if (!inside) textCandidates.push({ id: text.id, box, isShape: false, texts: [text.text] });
  }

  const candidates = [...shapeList, ...textCandidates];
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const endOn = (bindingId: string | undefined, x: number, y: number): Candidate | undefined =>
    (bindingId ? byId.get(bindingId) : undefined) ?? smallestContaining(candidates, x, y, END_TOLERANCE, true);

  const labelOf = (candidate: Candidate) => normalizeLabel(candidate.texts.join(" "));
  const edges: DiagramEdge[] = [];
  const danglingArrows: DanglingArrow[] = [];
  const usedTextNodes = new Set<string>();
  for (const connector of connectors) {
    const first = connector.points[0];
    const last = connector.points[connector.points.length - 1];
    if (!first || !last) continue;
    const start = endOn(connector.startBinding?.elementId, connector.x + first[0], connector.y + first[1]);
    const end = endOn(connector.endBinding?.elementId, connector.x + last[0], connector.y + last[1]);
    const label = normalizeLabel((arrowLabels.get(connector.id) ?? []).join(" "));
    if (!start || !end) {
      const attached = start ?? end;
      danglingArrows.push({
        id: connector.id,
        label,
        openEnd: !start && !end ? "both" : start ? "end" : "start",
        attachedTo: attached ? labelOf(attached) : null,
      });
      if (attached && !attached.isShape) usedTextNodes.add(attached.id);
      continue;
    }
    if (start.id === end.id) continue;
    for (const candidate of [start, end]) if (!candidate.isShape) usedTextNodes.add(candidate.id);
    edges.push(edgeOf(connector, start.id, end.id, label));
  }

  const nodes: DiagramNode[] = [];
  for (const candidate of candidates) {
    if (!candidate.isShape && !usedTextNodes.has(candidate.id)) continue;
    const label = labelOf(candidate);
    nodes.push({ id: candidate.id, label, kind: componentKindOf(label) });
  }
  return { graph: { nodes, edges }, danglingArrows };
}

/** Direction from the arrowheads: Excalidraw's default arrow has a head at the end only. */
function edgeOf(connector: WhiteboardLinearElement, startId: string, endId: string, label: string): DiagramEdge {
  if (connector.type === "line") return { from: startId, to: endId, label, bidirectional: true };
  const startHead = connector.startArrowhead != null;
  // A missing endArrowhead field is Excalidraw's default (an arrow head); an explicit null is none.
  const endHead = connector.endArrowhead !== null;
  if (startHead && !endHead) return { from: endId, to: startId, label, bidirectional: false };
  return { from: startId, to: endId, label, bidirectional: startHead === endHead };
}
