// How interviews, evaluations and reports look in the terminal. Pure: text in, text out.
import type { AnswerEvaluation, RouterOutputs } from "@interviewer/client";
import type { Output } from "./terminal/output.ts";

type InterviewView = RouterOutputs["interview"]["get"];
type Report = RouterOutputs["interview"]["report"]["report"];
type InterviewListItem = RouterOutputs["interview"]["list"]["items"][number];
type CodeRunResult = RouterOutputs["interview"]["runCode"];

/** "Topic 1/2 (Databases and Data Management), question 2/2 · 9:41 left" */
/** What the progress line reads of a view. */
export type ProgressView = Pick<InterviewView, "progress" | "timeLeftMs"> & {
  currentQuestion: Pick<NonNullable<InterviewView["currentQuestion"]>, "kind" | "attempt"> | null;
};

export function progressLine(view: ProgressView): string {
  const { progress } = view;
  const topic = (progress.topicIndex ?? 0) + 1;
  const question = (progress.questionIndex ?? 0) + 1;
  // A follow-up or a retry is asked on top of the plan: it keeps its main question's number.
  const kind = view.currentQuestion?.kind === "follow-up" ? ", follow-up" : "";
  const retry = (view.currentQuestion?.attempt ?? 1) > 1 ? ", second attempt" : "";
  const parts = [
    `Topic ${topic}/${progress.topicCount}${progress.topicLabel ? ` (${progress.topicLabel})` : ""}, question ${question}/${progress.questionsPerTopic}${kind}${retry}`,
  ];
  if (progress.questionNumber !== null) parts.push(`${progress.questionNumber} of ${progress.total} overall`);
  if (view.timeLeftMs !== null) parts.push(`${formatDuration(view.timeLeftMs)} left`);
  return parts.join(" · ");
}

export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

export function printEvaluation(output: Output, evaluation: AnswerEvaluation): void {
  const c = output.color;
  const scoreColor = evaluation.score >= 7 ? c.green : evaluation.score >= 5 ? c.yellow : c.red;
  output.line(`${c.bold("Score:")} ${scoreColor(`${evaluation.score}/10`)}`);
  output.line(evaluation.feedback.summary);
  for (const strength of evaluation.feedback.strengths) output.line(`  ${c.green("+")} ${strength}`);
  for (const gap of evaluation.feedback.gaps) output.line(`  ${c.red("-")} ${gap}`);
  output.line(`${c.bold("Improve:")} ${evaluation.feedback.improvement}`);
  if (evaluation.modelAnswer) {
    output.line(c.bold("Model answer:"));
    output.line(evaluation.modelAnswer);
  } else {
    output.line(c.bold("A strong answer covers:"));
    for (const point of evaluation.modelAnswerOutline) output.line(`  • ${point}`);
  }
}

const VERDICT_TEXT = { ready: "ready", almost: "almost ready", not_ready: "not ready yet" } as const;

export function printReport(output: Output, report: Report): void {
  const c = output.color;
  const overall = report.overallPercent === null ? "no score (nothing answered)" : `${report.overallPercent}%`;
  output.line(c.bold(`Overall: ${overall}`));
  if (report.verdict) {
    output.line(`Verdict for ${report.targetLevel}: ${c.bold(VERDICT_TEXT[report.verdict])} — ${report.verdictReason}`);
  }
  for (const topic of report.topics) {
    const percent = topic.percent === null ? "—" : `${topic.percent}%`;
    output.line(`  ${topic.label}: ${percent} (${topic.answeredQuestions} answered)`);
  }
  if (report.strengths.length > 0) output.line(`${c.bold("Strengths:")} ${report.strengths.join("; ")}`);
  if (report.weaknesses.length > 0) output.line(`${c.bold("Work on:")} ${report.weaknesses.join("; ")}`);
  if (report.studyList.length > 0) {
    output.line(c.bold("Study list:"));
    for (const item of report.studyList.slice(0, 10)) output.line(`  • ${item.keyPoint}`);
  }
}

export function historyRow(item: InterviewListItem): string {
  const date = item.createdAt.toISOString().slice(0, 16).replace("T", " ");
  const score = item.overallPercent === null ? "   —" : `${String(item.overallPercent).padStart(4)}%`;
  return `${item.id}  ${date}  ${item.status.padEnd(10)} ${score}  ${item.topics.join(", ")}`;
}

const VERDICT_LABELS: Record<CodeRunResult["verdict"], string> = {
  passed: "passed",
  failed: "wrong answer",
  "runtime-error": "runtime error",
  "time-limit": "time limit exceeded",
  "memory-limit": "memory limit exceeded",
  "output-limit": "too much output",
  forbidden: "forbidden (file system, network or process access)",
  "compile-error": "does not compile",
};

/**
 * A run's result, test by test. Examples show input, expected and actual values; hidden tests show
 * only their name and verdict (their inputs are not revealed).
 */
export function printCodeRunResult(output: Output, result: CodeRunResult, tests: "examples" | "hidden"): void {
  const c = output.color;
  const allPassed = result.total > 0 && result.passed === result.total;
  const heading = tests === "examples" ? "Examples" : "Hidden tests";
  // The tests' own time: the run's total also counts loading the interpreter, which is not the code's.
  const testsMs = result.tests.reduce((sum, test) => sum + test.durationMs, 0);
  const tally = `${heading}: ${result.passed} of ${result.total} passed (${result.language}, ${Math.round(testsMs)} ms)`;
  output.line((allPassed ? c.green : c.red)(c.bold(tally)));
  for (const test of result.tests) {
    const passed = test.verdict === "passed";
    const mark = passed ? c.green("✓") : c.red("✗");
    output.line(`  ${mark} ${test.name} — ${VERDICT_LABELS[test.verdict]} (${Math.round(test.durationMs)} ms)`);
    if (test.args !== null) output.line(`      input:    ${compactJson(test.args)}`);
    if (!passed && test.expected !== null) output.line(`      expected: ${compactJson(test.expected)}`);
    if (!passed && test.actual !== null) output.line(`      actual:   ${compactJson(test.actual)}`);
    if (test.error) output.line(`      ${c.red(`error: ${test.error}`)}`);
    if (test.output) output.line(`      output:   ${test.output.trimEnd().split("\n").join("\n                ")}`);
  }
}

/** One line of JSON, cut so a huge value does not flood the terminal. */
function compactJson(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
