import { describe, expect, it } from "vitest";
import { answerBlocks, fencedCode, fenceLanguage, looksLikeCode } from "./answer-blocks.ts";
import { composeAnswer } from "./compose-answer.ts";

describe("answer blocks", () => {
  it("keeps a prose answer as one prose block", () => {
    expect(answerBlocks("I would add an index.\nThen check the plan.", null)).toEqual([
      { kind: "prose", text: "I would add an index.\nThen check the plan." },
    ]);
    expect(answerBlocks("   ", null)).toEqual([]);
  });

  it("treats a whole unfenced answer as code when the question asked for code", () => {
    expect(answerBlocks("x := <-ch", "Go")).toEqual([{ kind: "code", language: "Go", code: "x := <-ch" }]);
  });

  it("splits fenced code from the prose around it, with the fence's language", () => {
    const answer = "Use a set:\n```python\nseen = set()\nreturn [x for x in xs]\n```\nO(n) time.";
    expect(answerBlocks(answer, null)).toEqual([
      { kind: "prose", text: "Use a set:" },
      { kind: "code", language: "python", code: "seen = set()\nreturn [x for x in xs]" },
      { kind: "prose", text: "O(n) time." },
    ]);
  });

  it("falls back to the interview language for a bare fence, and runs an unclosed fence to the end", () => {
    expect(answerBlocks("```\nconst a = 1;\n", "TypeScript")).toEqual([
      { kind: "code", language: "TypeScript", code: "const a = 1;\n" },
    ]);
  });

  it("recognises unfenced code by its lines, not prose that mentions code words", () => {
    expect(looksLikeCode("SELECT id\nFROM users\nWHERE email = $1;")).toBe(true);
    expect(looksLikeCode("function f() {\n  return 1;\n}")).toBe(true);
    expect(looksLikeCode("I would select the right index.\nThen I would return early.\nAnd measure it.")).toBe(false);
    expect(
      looksLikeCode("If the cache misses, read the row.\nFor writes, invalidate.\nWith replicas, expect lag."),
    ).toBe(false);
    expect(answerBlocks("def f(x):\n    return x\nif __name__ == '__main__':", null)[0]?.kind).toBe("code");
  });

  it("fences code so that nothing inside can close the fence", () => {
    expect(fencedCode("a ``` b", "C++")).toBe("````cpp\na ``` b\n````");
    expect(fencedCode("x\n\n", null)).toBe("```\nx\n```");
    expect(fenceLanguage("TypeScript")).toBe("typescript");
    expect(fenceLanguage("C#")).toBe("csharp");
  });
});

describe("composed answers", () => {
  it("reads the prose and the code of a composed answer back out", () => {
    const source = "SELECT id\nFROM orders\nWHERE total > 100;";
    const composed = composeAnswer({ prose: "Filter first, then sort.", code: { label: "SQL", source } });
    expect(composed).toBe(`Filter first, then sort.\n\n\`\`\`sql\n${source}\n\`\`\``);
    expect(answerBlocks(composed, null)).toEqual([
      { kind: "prose", text: "Filter first, then sort." },
      { kind: "code", language: "sql", code: source },
    ]);
  });

  it("keeps code whole when it contains backtick runs, and answers with only code or only prose", () => {
    const source = "const md = '```js';\nconst tick = `x`;";
    const codeOnly = composeAnswer({ prose: "  ", code: { label: "Pseudo-code", source } });
    expect(answerBlocks(codeOnly, null)).toEqual([{ kind: "code", language: "pseudo-code", code: source }]);
    expect(composeAnswer({ prose: " Use a heap. ", code: null })).toBe("Use a heap.");
    expect(composeAnswer({ prose: "Use a heap.", code: { label: "Go", source: " \n " } })).toBe("Use a heap.");
  });
});
