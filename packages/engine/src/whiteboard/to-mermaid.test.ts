import { describe, expect, it } from "vitest";
import { parseDiagramNotation } from "./text-notation.ts";
import { diagramToMermaid, escapeMermaidLabel } from "./to-mermaid.ts";

function graphOf(text: string) {
  const result = parseDiagramNotation(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.graph;
}

describe("diagramToMermaid", () => {
  it("writes a left-to-right flowchart with generated ids, quoted labels and labelled arrows", () => {
    const graph = graphOf("[Web client] -> [API]: HTTPS\n[API] <-> [Redis]\n[Worker]");
    expect(diagramToMermaid(graph)).toBe(
      [
        "flowchart LR",
        '  m1["Web client"]',
        '  m2["API"]',
        '  m3["Redis"]',
        '  m4["Worker"]',
        '  m1 -->|"HTTPS"| m2',
        "  m2 <--> m3",
      ].join("\n"),
    );
  });

  it("escapes what would end a label, add an edge, inject HTML or close the Markdown fence", () => {
    const graph = graphOf('[say "hi" <b>#1</b>] -> [```end]: a|b\n[]');
    const chart = diagramToMermaid(graph);
    expect(chart).toContain('m1["say #quot;hi#quot; #lt;b#gt;#35;1#lt;/b#gt;"]');
    expect(chart).toContain('m2["#96;#96;#96;end"]');
    expect(chart).toContain('m3["(unlabelled)"]');
    expect(chart).toContain('m1 -->|"a#124;b"| m2');
    expect(chart).not.toContain("```");
    expect(chart).not.toContain("<b>");
  });

  it("escapes brackets and braces, which open Mermaid shapes", () => {
    expect(escapeMermaidLabel("a[b]{c}")).toBe("a#91;b#93;#123;c#125;");
  });
});
