import { describe, expect, it } from "vitest";
import { diagramMarkdownLines, diagramNotesLines } from "./diagram-markdown.ts";
import { diagramToScene } from "./graph-to-scene.ts";
import { parseDiagramNotation } from "./text-notation.ts";

function sceneOf(notation: string) {
  const parsed = parseDiagramNotation(notation);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return diagramToScene(parsed.graph);
}

describe("the diagram in the Markdown export", () => {
  it("gives the text notation and a Mermaid chart, in fences a label cannot close", () => {
    const markdown = diagramMarkdownLines(sceneOf("[Web ```client] -> [API]: HTTPS\n[API] -> [Postgres]")).join("\n");
    expect(markdown).toContain("[Web ```client] -> [API]: HTTPS");
    expect(markdown).toMatch(/````text\n/);
    expect(markdown).toMatch(/```mermaid\nflowchart LR\n {2}m1\["Web #96;#96;#96;client"\]/);
  });

  it("says so for a drawing without components, and lists the grader's notes", () => {
    expect(diagramMarkdownLines({ type: "excalidraw", version: 2, elements: [] })[0]).toMatch(/no labelled components/);
    const lines = diagramNotesLines(
      {
        structureScore: 0.5,
        explanationScore: 7,
        present: [
          { category: "component", element: "cache", refersTo: ["Redis"], note: "Your 'Redis' serves as the cache." },
        ],
        missing: [{ category: "redundancy", element: "replica", why: "Your 'Postgres' has no replica <b>." }],
        unconnected: ["Worker"],
        notGradedReason: null,
      },
      (text) => text.replace(/</g, "&lt;"),
    );
    expect(lines).toEqual([
      "Diagram structure: 1 of 2 elements present",
      "- ✓ Your 'Redis' serves as the cache.",
      "- ✗ Your 'Postgres' has no replica &lt;b>.",
      "- Not connected: 'Worker'",
      "",
    ]);
  });
});
