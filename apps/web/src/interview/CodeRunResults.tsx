// What a run of the candidate's code found, test by test: for the visible examples the input, the
// expected and the actual value, the verdict and the time, what the code printed and its error; for
// the hidden tests (run once on submit) only the name, the verdict and the time: their inputs stay
// hidden. Used under the editor (Run), after submitting, and in the report's transcript.
import type { RouterOutputs } from "@interviewer/api";
import "./code-run.css";

export type CodeRunResult = RouterOutputs["interview"]["runCode"];
type Verdict = CodeRunResult["verdict"];

const VERDICT_LABELS: Record<Verdict, string> = {
  passed: "Passed",
  failed: "Wrong answer",
  "runtime-error": "Runtime error",
  "time-limit": "Time limit exceeded",
  "memory-limit": "Memory limit exceeded",
  "output-limit": "Too much output",
  forbidden: "Forbidden (file system, network or process access)",
  "compile-error": "Does not compile",
};

const LANGUAGE_NAMES: Record<CodeRunResult["language"], string> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  python: "Python",
};

function json(value: unknown): string {
  return JSON.stringify(value) ?? "undefined";
}

/** A function's arguments as a call would list them: `[2,7,11,15], 9`. */
function argumentList(args: unknown): string {
  return Array.isArray(args) ? args.map(json).join(", ") : json(args);
}

function milliseconds(ms: number): string {
  return ms < 1 ? "<1 ms" : `${Math.round(ms)} ms`;
}

export function CodeRunResults({
  result,
  tests,
  headingLevel = 3,
}: {
  result: CodeRunResult;
  tests: "examples" | "hidden";
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as "h3";
  const allPassed = result.total > 0 && result.passed === result.total;
  // The tests' own time: the run's total also counts loading the interpreter, which is not the code's.
  const testsMs = result.tests.reduce((sum, test) => sum + test.durationMs, 0);
  const what = tests === "examples" ? "examples" : "hidden tests";
  return (
    <div className="code-run-results stack" data-testid={tests === "examples" ? "example-results" : "hidden-results"}>
      <Heading className={`code-run-summary ${allPassed ? "code-run-all-passed" : "code-run-some-failed"}`}>
        {tests === "examples" ? "Examples" : "Hidden tests"}: passed {result.passed} of {result.total}
      </Heading>
      <p className="muted code-run-meta">
        {LANGUAGE_NAMES[result.language]} · {milliseconds(testsMs)}
        {tests === "hidden" && " · inputs of hidden tests are not shown"}
        {result.total === 0 && ` · no ${what} ran`}
      </p>
      <ol className="code-run-tests">
        {result.tests.map((test) => (
          <li
            // A spec names each of its tests once.
            key={test.name}
            className={`code-run-test verdict-${test.verdict}`}
            data-testid="code-run-test"
            data-verdict={test.verdict}
          >
            <p className="code-run-test-line">
              <span className="code-run-verdict">
                <span aria-hidden="true">{test.verdict === "passed" ? "✓" : "✗"}</span> {VERDICT_LABELS[test.verdict]}
              </span>{" "}
              <span className="code-run-name">{test.name}</span>{" "}
              <span className="muted">{milliseconds(test.durationMs)}</span>
            </p>
            {(test.args !== null || test.expected !== null || test.actual !== null) && (
              <dl className="code-run-values">
                {test.args !== null && (
                  <>
                    <dt>Input</dt>
                    <dd>
                      <code>{argumentList(test.args)}</code>
                    </dd>
                  </>
                )}
                {test.expected !== null && (
                  <>
                    <dt>Expected</dt>
                    <dd>
                      <code>{json(test.expected)}</code>
                    </dd>
                  </>
                )}
                {test.verdict !== "passed" && (test.actual !== null || test.verdict === "failed") && (
                  <>
                    <dt>Actual</dt>
                    <dd>
                      <code>{json(test.actual)}</code>
                    </dd>
                  </>
                )}
              </dl>
            )}
            {test.error && <pre className="code-run-error">{test.error}</pre>}
            {test.output && (
              <div className="code-run-output">
                <p className="code-run-label">Output</p>
                <pre>{test.output}</pre>
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
