// The diagram's part of the Markdown export (report/render-markdown.ts): the drawing as the text
// notation (readable anywhere) and as a Mermaid chart (drawn by GitHub and most viewers), each in a
// fence the candidate's labels cannot close, and the structural grader's notes on it. Pure.
import { fencedCode } from "../report/answer-blocks.ts";
import type { DiagramEvaluation } from "./diagram-evaluation-schema.ts";
import type { WhiteboardScene } from "./scene-schema.ts";
import { sceneToGraph } from "./scene-to-graph.ts";
import { diagramToNotation } from "./text-notation.ts";
import { diagramToMermaid } from "./to-mermaid.ts";

/** The drawing's lines; none for a scene with no components (only freehand strokes, say). */
export function diagramMarkdownLines(scene: WhiteboardScene): string[] {
  const { graph } = sceneToGraph(scene);
  if (graph.nodes.length === 0) return ["_A diagram with no labelled components._", ""];
  return [
    "Diagram (text notation):",
    "",
    fencedCode(diagramToNotation(graph), "text"),
    "",
    fencedCode(diagramToMermaid(graph), "mermaid"),
    "",
  ];
}

/** The structural grader's notes; `inline` is the export's one-line escaping of user text. */
export function diagramNotesLines(section: DiagramEvaluation, inline: (text: string) => string): string[] {
  if (section.structureScore === null) {
    return section.notGradedReason ? [`Diagram: ${inline(section.notGradedReason)}`, ""] : [];
  }
  const total = section.present.length + section.missing.length;
  const lines = [`Diagram structure: ${section.present.length} of ${total} elements present`];
  for (const element of section.present) lines.push(`- ✓ ${inline(element.note)}`);
  for (const element of section.missing) lines.push(`- ✗ ${inline(element.why)}`);
  if (section.unconnected.length > 0) {
    lines.push(`- Not connected: ${section.unconnected.map((label) => inline(`'${label}'`)).join(", ")}`);
  }
  return [...lines, ""];
}
