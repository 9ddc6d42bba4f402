import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "../builtin/grading/analyze-text.ts";
import { composeAnswer } from "../report/compose-answer.ts";
import { CODE_LANGUAGE_LABELS, codeLabelOf, codeRuntimeOf } from "./code-language.ts";

describe("code language labels", () => {
  it("maps the labels of languages that run to their runtime, whatever their case", () => {
    expect(["JavaScript", "JS", "Node.js", "node"].map(codeRuntimeOf)).toEqual([
      "javascript",
      "javascript",
      "javascript",
      "javascript",
    ]);
    expect(["TypeScript", "ts", " TS "].map(codeRuntimeOf)).toEqual(["typescript", "typescript", "typescript"]);
    expect(["Python", "py", "python3"].map(codeRuntimeOf)).toEqual(["python", "python", "python"]);
  });

  it("reads every other label, including near misses, as a language that does not run", () => {
    expect(["SQL", "Pseudo-code", "Go", "Bash", "Java", "JSX", "Pythonic", ""].map(codeRuntimeOf)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("offers the runnable languages among its labels, and names each runtime with one of them", () => {
    for (const runtime of ["javascript", "typescript", "python"] as const) {
      expect(CODE_LANGUAGE_LABELS).toContain(codeLabelOf(runtime));
      expect(codeRuntimeOf(codeLabelOf(runtime))).toBe(runtime);
    }
    expect(CODE_LANGUAGE_LABELS).toContain("SQL");
    expect(CODE_LANGUAGE_LABELS).toContain("Pseudo-code");
  });

  it("lets the grader read the code of a composed answer as one code fragment beside the prose", () => {
    const source = "def dedupe(xs):\n    seen = set()\n    return [x for x in xs if not (x in seen or seen.add(x))]";
    const answer = composeAnswer({
      prose: "I keep a set of seen values so each lookup is constant time.",
      code: { label: "Python", source },
    });
    const fragments = analyzeAnswer(answer);
    expect(fragments.map((fragment) => fragment.kind)).toEqual(["statement", "code"]);
    expect(fragments[1]?.text).toBe(source);
  });
});
