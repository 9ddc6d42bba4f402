import { answerBlocks } from "@interviewer/engine/answer-blocks";
import { describe, expect, it } from "vitest";
import { highlightCode } from "./highlight-code.ts";

const classed = (code: string, language: string | null) =>
  highlightCode(code, language)
    .filter((token) => token.className)
    .map((token) => [token.text, token.className]);

describe("highlightCode", () => {
  it("keeps every character, in order", () => {
    const code = 'func drain(ch <-chan int) {\n\t// read all\n\tfor v := range ch { fmt.Println("v", v, 0x1F) }\n}';
    expect(
      highlightCode(code, "Go")
        .map((token) => token.text)
        .join(""),
    ).toBe(code);
  });

  it("marks keywords, strings, numbers, comments, literals and type names", () => {
    expect(classed('const seen = new Set(); // O(n)\nreturn "x" + 42 || null;', "TypeScript")).toEqual([
      ["const", "tok-keyword"],
      ["new", "tok-keyword"],
      ["Set", "tok-typeName"],
      ["// O(n)", "tok-comment"],
      ["return", "tok-keyword"],
      ['"x"', "tok-string"],
      ["42", "tok-number"],
      ["null", "tok-bool"],
    ]);
  });

  it("reads template strings across lines as one string", () => {
    expect(classed("const s = `a\n$x`;", "JavaScript")).toEqual([
      ["const", "tok-keyword"],
      ["`a\n$x`", "tok-string"],
    ]);
  });

  it("knows each family's comments: # for Python, -- for SQL, and SQL keywords in any case there", () => {
    expect(classed("x = 1  # note", "Python")).toEqual([
      ["1", "tok-number"],
      ["# note", "tok-comment"],
    ]);
    expect(classed("select id from t -- all", "SQL")).toEqual([
      ["select", "tok-keyword"],
      ["from", "tok-keyword"],
      ["-- all", "tok-comment"],
    ]);
    // In C-like code, -- is a decrement, not a comment.
    expect(classed("i--;", "C++")).toEqual([]);
  });
});

describe("answerBlocks (web)", () => {
  it("splits fenced code from prose, and treats a coding answer as code", () => {
    expect(answerBlocks("Idea:\n```sql\nSELECT 1;\n```", null)).toEqual([
      { kind: "prose", text: "Idea:" },
      { kind: "code", language: "sql", code: "SELECT 1;" },
    ]);
    expect(answerBlocks("x = 1", "Python")).toEqual([{ kind: "code", language: "Python", code: "x = 1" }]);
    expect(answerBlocks("Plain words.", null)).toEqual([{ kind: "prose", text: "Plain words." }]);
  });
});
