// The keyboard alternative to drawing: the same diagram as a few lines of text, converted both ways.
//
//   [Web client] -> [Load balancer]: HTTPS      an arrow with a label
//   [API] <-> [Redis cache]                     a two-way connection
//   [Worker] <- [Orders queue]                  an arrow written right to left
//   [Worker]                                    a component on its own
//   [API]#2 -> [Postgres]                       a second box with the same label
//
// Inside brackets, `\[`, `\]` and `\\` stand for `[`, `]` and `\`. A node is its label plus an optional `#n`, so
// two boxes both labelled "API" stay two nodes. Parsing is one left-to-right scan per line with no
// regular expressions, bounded by NOTATION_LIMITS; errors are values with line numbers, all reported
// at once (up to maxErrors) so a keyboard user can fix them in one pass.
import { componentKindOf } from "./component-kinds.ts";
import { DIAGRAM_LIMITS, type DiagramEdge, type DiagramGraph, type DiagramNode } from "./diagram-graph.ts";
import { WHITEBOARD_LIMITS } from "./scene-schema.ts";

// Runs of whitespace inside a label or an arrow's label read as one space.
const WHITESPACE_RUN = /\s+/g;

/** Every pattern run on notation text, for the linear-time test. */
export const NOTATION_PATTERNS: readonly RegExp[] = [WHITESPACE_RUN];

export const NOTATION_LIMITS = {
  maxLines: 1000,
  maxLineChars: 400,
  maxChars: 200_000,
  maxErrors: 20,
  maxDuplicateIndex: 99,
} as const;

export type NotationErrorCode =
  | "TOO_LONG"
  | "TOO_MANY_LINES"
  | "LINE_TOO_LONG"
  | "NUL_CHARACTER"
  | "EXPECTED_NODE"
  | "UNCLOSED_BRACKET"
  | "BAD_DUPLICATE_INDEX"
  | "EXPECTED_ARROW"
  | "LABEL_TOO_LONG"
  | "SELF_CONNECTION"
  | "TOO_BIG";

export interface NotationError {
  /** 1-based; 0 for the text as a whole. */
  line: number;
  code: NotationErrorCode;
  message: string;
}

export type NotationParseResult = { ok: true; graph: DiagramGraph } | { ok: false; errors: NotationError[] };

interface NodeRef {
  label: string;
  index: number;
}

type LineParse =
  | { kind: "blank" }
  | { kind: "node"; node: NodeRef }
  | { kind: "edge"; left: NodeRef; right: NodeRef; arrow: "->" | "<-" | "<->"; label: string }
  | { kind: "error"; code: NotationErrorCode; message: string };

function isSpace(character: string | undefined): boolean {
  return character === " " || character === "\t";
}

/** Reads `[label]` (and `#n`) at `start`; returns the node and where reading stopped. */
function readNode(
  line: string,
  start: number,
): { node: NodeRef; next: number } | { code: NotationErrorCode; message: string } {
  if (line[start] !== "[") {
    return { code: "EXPECTED_NODE", message: `Expected a component in brackets, like [API], at column ${start + 1}.` };
  }
  let label = "";
  let position = start + 1;
  for (;;) {
    const character = line[position];
    if (character === undefined) {
      return { code: "UNCLOSED_BRACKET", message: `The bracket opened at column ${start + 1} is never closed.` };
    }
    const escaped = line[position + 1];
    if (character === "\\" && (escaped === "]" || escaped === "[" || escaped === "\\")) {
      label += escaped;
      position += 2;
      continue;
    }
    // An unescaped "[" means the previous bracket was never closed ("[API -> [DB]").
    if (character === "[") {
      return { code: "UNCLOSED_BRACKET", message: `The bracket opened at column ${start + 1} is never closed.` };
    }
    position += 1;
    if (character === "]") break;
    label += character;
  }
  const trimmed = label.replace(WHITESPACE_RUN, " ").trim();
  if (trimmed.length > DIAGRAM_LIMITS.maxLabelChars) {
    return {
      code: "LABEL_TOO_LONG",
      message: `A component's name can be at most ${DIAGRAM_LIMITS.maxLabelChars} characters.`,
    };
  }
  let index = 1;
  if (line[position] === "#") {
    let digits = "";
    position += 1;
    while (digits.length < 3 && line[position] !== undefined && "0123456789".includes(line[position] ?? "")) {
      digits += line[position];
      position += 1;
    }
    index = Number(digits);
    if (digits === "" || index < 1 || index > NOTATION_LIMITS.maxDuplicateIndex) {
      return {
        code: "BAD_DUPLICATE_INDEX",
        message: `After # write which box of that name you mean, 1 to ${NOTATION_LIMITS.maxDuplicateIndex}.`,
      };
    }
  }
  return { node: { label: trimmed, index }, next: position };
}

function skipSpaces(line: string, position: number): number {
  let next = position;
  while (isSpace(line[next])) next += 1;
  return next;
}

function parseLine(line: string): LineParse {
  const start = skipSpaces(line, 0);
  if (start === line.length) return { kind: "blank" };
  const first = readNode(line, start);
  if ("code" in first) return { kind: "error", ...first };
  let position = skipSpaces(line, first.next);
  if (position === line.length) return { kind: "node", node: first.node };
  let arrow: "->" | "<-" | "<->";
  if (line.startsWith("<->", position)) arrow = "<->";
  else if (line.startsWith("->", position)) arrow = "->";
  else if (line.startsWith("<-", position)) arrow = "<-";
  else {
    return {
      kind: "error",
      code: "EXPECTED_ARROW",
      message: `Expected an arrow (->, <- or <->) or the end of the line at column ${position + 1}.`,
    };
  }
  position = skipSpaces(line, position + arrow.length);
  const second = readNode(line, position);
  if ("code" in second) return { kind: "error", ...second };
  position = skipSpaces(line, second.next);
  let label = "";
  if (position < line.length) {
    if (line[position] !== ":") {
      return {
        kind: "error",
        code: "EXPECTED_ARROW",
        message: `After the second component write ": label" or nothing (column ${position + 1}); one arrow per line.`,
      };
    }
    label = line
      .slice(position + 1)
      .replace(WHITESPACE_RUN, " ")
      .trim();
    if (label.length > DIAGRAM_LIMITS.maxLabelChars) {
      return {
        kind: "error",
        code: "LABEL_TOO_LONG",
        message: `An arrow's label can be at most ${DIAGRAM_LIMITS.maxLabelChars} characters.`,
      };
    }
  }
  return { kind: "edge", left: first.node, right: second.node, arrow, label };
}

/** Notation → graph. Node ids are n1, n2, … in order of first mention. */
export function parseDiagramNotation(text: string): NotationParseResult {
  if (text.length > NOTATION_LIMITS.maxChars) {
    return fail(0, "TOO_LONG", `The diagram text can be at most ${NOTATION_LIMITS.maxChars} characters.`);
  }
  if (text.includes("\u0000")) return fail(0, "NUL_CHARACTER", "Remove the NUL character (U+0000).");
  const lines = text.split("\n");
  if (lines.length > NOTATION_LIMITS.maxLines) {
    return fail(0, "TOO_MANY_LINES", `The diagram text can have at most ${NOTATION_LIMITS.maxLines} lines.`);
  }
  const errors: NotationError[] = [];
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const idOf = new Map<string, string>();
  const nodeId = (ref: NodeRef): string => {
    const key = `${ref.index}#${ref.label}`;
    const known = idOf.get(key);
    if (known) return known;
    const id = `n${nodes.length + 1}`;
    idOf.set(key, id);
    nodes.push({ id, label: ref.label, kind: componentKindOf(ref.label) });
    return id;
  };
  lines.forEach((raw, index) => {
    if (errors.length >= NOTATION_LIMITS.maxErrors) return;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const lineNumber = index + 1;
    if (line.length > NOTATION_LIMITS.maxLineChars) {
      errors.push({
        line: lineNumber,
        code: "LINE_TOO_LONG",
        message: `A line can be at most ${NOTATION_LIMITS.maxLineChars} characters.`,
      });
      return;
    }
    const parsed = parseLine(line);
    if (parsed.kind === "blank") return;
    if (parsed.kind === "error") {
      errors.push({ line: lineNumber, code: parsed.code, message: parsed.message });
      return;
    }
    if (parsed.kind === "node") {
      nodeId(parsed.node);
    } else {
      // Ids follow the order components are written in, whichever way the arrow points.
      const left = nodeId(parsed.left);
      const right = nodeId(parsed.right);
      const [from, to] = parsed.arrow === "<-" ? [right, left] : [left, right];
      // A drawn arrow from a box back to itself is dropped from the graph too (scene-to-graph.ts).
      if (from === to) {
        errors.push({
          line: lineNumber,
          code: "SELF_CONNECTION",
          message: "An arrow must connect two different components.",
        });
        return;
      }
      edges.push({ from, to, label: parsed.label, bidirectional: parsed.arrow === "<->" });
    }
    if (elementsNeeded(nodes, edges) > WHITEBOARD_LIMITS.maxElements) {
      errors.push({
        line: lineNumber,
        code: "TOO_BIG",
        message: `The diagram would need more than ${WHITEBOARD_LIMITS.maxElements} whiteboard elements (each component, arrow and label is one).`,
      });
    }
  });
  // After the size limit is crossed every further line would repeat it: one error says it.
  const reported = errors.filter(
    (error, position) => error.code !== "TOO_BIG" || errors.findIndex((other) => other.code === "TOO_BIG") === position,
  );
  return reported.length > 0 ? { ok: false, errors: reported } : { ok: true, graph: { nodes, edges } };
}

/**
 * Whiteboard elements the diagram takes as a scene (graph-to-scene.ts): a box per component and an arrow
 * per connection, plus a text element per label. Bounding this keeps a typed diagram drawable; a graph
 * read from a valid scene never needs more than the scene had.
 */
export function elementsNeeded(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[]): number {
  let count = nodes.length + edges.length;
  for (const node of nodes) if (node.label !== "") count += 1;
  for (const edge of edges) if (edge.label !== "") count += 1;
  return count;
}

function fail(line: number, code: NotationErrorCode, message: string): NotationParseResult {
  return { ok: false, errors: [{ line, code, message }] };
}

function escapeLabel(label: string): string {
  return label.replaceAll("\\", "\\\\").replaceAll("[", "\\[").replaceAll("]", "\\]");
}

/**
 * Graph → notation: one line per arrow in drawing order, then one per component with no arrow. Boxes
 * sharing a label are told apart by `#n` in drawing order, so parsing the text gives the same diagram.
 */
export function diagramToNotation(graph: DiagramGraph): string {
  const refOf = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const node of graph.nodes) {
    const index = (seen.get(node.label) ?? 0) + 1;
    seen.set(node.label, index);
    refOf.set(node.id, `[${escapeLabel(node.label)}]${index > 1 ? `#${index}` : ""}`);
  }
  const lines: string[] = [];
  const connected = new Set<string>();
  for (const edge of graph.edges) {
    const from = refOf.get(edge.from);
    const to = refOf.get(edge.to);
    if (from === undefined || to === undefined) continue;
    connected.add(edge.from);
    connected.add(edge.to);
    lines.push(`${from} ${edge.bidirectional ? "<->" : "->"} ${to}${edge.label === "" ? "" : `: ${edge.label}`}`);
  }
  for (const node of graph.nodes) {
    const ref = refOf.get(node.id);
    if (!connected.has(node.id) && ref !== undefined) lines.push(ref);
  }
  return lines.join("\n");
}
