// The diagram as the grader sees it: components (labelled, with the kind their label names) and the
// connections between them. A scene (scene-to-graph.ts) and the text notation (text-notation.ts) both
// reduce to this, so grading, the model's description and the Markdown export read one shape.
import { z } from "zod";
import { storedText } from "../stored-text.ts";
import { COMPONENT_KINDS } from "./component-kinds.ts";

export const DIAGRAM_LIMITS = {
  maxNodes: 500,
  maxEdges: 500,
  /** Longer text inside a box is a note, not a component's name; labels are cut to this. */
  maxLabelChars: 100,
} as const;

export const ZComponentKindSchema = z.enum(COMPONENT_KINDS);

export const ZDiagramNodeSchema = z.object({
  id: z.string().min(1).max(100),
  /** The candidate's own words, whitespace collapsed; "" for a box left unlabelled. */
  label: storedText().max(DIAGRAM_LIMITS.maxLabelChars),
  kind: ZComponentKindSchema,
});

export const ZDiagramEdgeSchema = z.object({
  from: z.string().min(1).max(100),
  to: z.string().min(1).max(100),
  label: storedText().max(DIAGRAM_LIMITS.maxLabelChars),
  /** Drawn with heads at both ends, or as a plain line: it can be followed either way. */
  bidirectional: z.boolean(),
});

export const ZDiagramGraphSchema = z.object({
  nodes: z.array(ZDiagramNodeSchema).max(DIAGRAM_LIMITS.maxNodes),
  edges: z.array(ZDiagramEdgeSchema).max(DIAGRAM_LIMITS.maxEdges),
});

export type DiagramNode = z.infer<typeof ZDiagramNodeSchema>;
export type DiagramEdge = z.infer<typeof ZDiagramEdgeSchema>;
export type DiagramGraph = z.infer<typeof ZDiagramGraphSchema>;

// Label text: any run of whitespace (newlines inside a box included) reads as one space.
const WHITESPACE_RUN = /\s+/g;

/** Every pattern run on label text here, for the linear-time test. */
export const DIAGRAM_LABEL_PATTERNS: readonly RegExp[] = [WHITESPACE_RUN];

/** A label as the graph keeps it: one line, trimmed, at most maxLabelChars. */
export function normalizeLabel(text: string): string {
  // Cut before collapsing so hostile text costs no more than the label it can become.
  return text
    .slice(0, DIAGRAM_LIMITS.maxLabelChars * 4)
    .replace(WHITESPACE_RUN, " ")
    .trim()
    .slice(0, DIAGRAM_LIMITS.maxLabelChars)
    .trim();
}

/** How feedback names a node: its label, or what it is when the candidate left it blank. */
export function displayLabel(node: DiagramNode): string {
  return node.label === "" ? "an unlabelled box" : `'${node.label}'`;
}

/** Nodes with no connection at all, in drawing order. */
export function unconnectedNodes(graph: DiagramGraph): DiagramNode[] {
  const connected = new Set<string>();
  for (const edge of graph.edges) {
    connected.add(edge.from);
    connected.add(edge.to);
  }
  return graph.nodes.filter((node) => !connected.has(node.id));
}

/**
 * The diagram without ids or drawing order: sorted node labels and kinds, and connections by their ends'
 * labels. Two graphs with equal signatures show the same diagram (used by the notation round trip).
 */
export function diagramSignature(graph: DiagramGraph): string {
  const labelOf = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const nodes = graph.nodes.map((node) => `${node.kind}:${node.label}`).sort();
  const edges = graph.edges
    .map((edge) => {
      const ends = [labelOf.get(edge.from) ?? "?", labelOf.get(edge.to) ?? "?"];
      // A two-way connection is the same whichever end it was drawn from.
      if (edge.bidirectional) ends.sort();
      return `${ends[0]} ${edge.bidirectional ? "<->" : "->"} ${ends[1]}: ${edge.label}`;
    })
    .sort();
  return JSON.stringify({ nodes, edges });
}
