// The diagram as a Mermaid flowchart, for the Markdown export (GitHub and most Markdown viewers draw it).
// Node ids are generated (m1, m2, …), never the candidate's element ids, and every label is quoted with
// the characters Mermaid or the surrounding Markdown fence would read escaped as Mermaid entity codes,
// so no label can end the chart, add an edge, inject HTML or close the ``` fence.
import type { DiagramGraph } from "./diagram-graph.ts";

const MERMAID_ENTITIES: Readonly<Record<string, string>> = {
  "#": "#35;",
  '"': "#quot;",
  "<": "#lt;",
  ">": "#gt;",
  "|": "#124;",
  "`": "#96;",
  "[": "#91;",
  "]": "#93;",
  "{": "#123;",
  "}": "#125;",
};

/** A label as Mermaid text inside double quotes. */
export function escapeMermaidLabel(label: string): string {
  let escaped = "";
  for (const character of label) escaped += MERMAID_ENTITIES[character] ?? character;
  return escaped;
}

export function diagramToMermaid(graph: DiagramGraph): string {
  const idOf = new Map(graph.nodes.map((node, index) => [node.id, `m${index + 1}`]));
  const lines = ["flowchart LR"];
  for (const node of graph.nodes) {
    const label = node.label === "" ? "(unlabelled)" : escapeMermaidLabel(node.label);
    lines.push(`  ${idOf.get(node.id)}["${label}"]`);
  }
  for (const edge of graph.edges) {
    const from = idOf.get(edge.from);
    const to = idOf.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const arrow = edge.bidirectional ? "<-->" : "-->";
    const label = edge.label === "" ? "" : `|"${escapeMermaidLabel(edge.label)}"|`;
    lines.push(`  ${from} ${arrow}${label} ${to}`);
  }
  return lines.join("\n");
}
