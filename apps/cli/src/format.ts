// How interviews, evaluations and reports look in the terminal. Pure: text in, text out.
import type { AnswerEvaluation, RouterOutputs } from "@interviewer/client";
import type { Output } from "./terminal/output.ts";

type InterviewView = RouterOutputs["interview"]["get"];
type Report = RouterOutputs["interview"]["report"]["report"];
type InterviewListItem = RouterOutputs["interview"]["list"]["items"][number];

/** "Topic 1/2 (Databases and Data Management), question 2/2 · 9:41 left" */
export function progressLine(view: InterviewView): string {
  const { progress } = view;
  const topic = (progress.topicIndex ?? 0) + 1;
  const question = (progress.questionIndex ?? 0) + 1;
  const parts = [
    `Topic ${topic}/${progress.topicCount}${progress.topicLabel ? ` (${progress.topicLabel})` : ""}, question ${question}/${progress.questionsPerTopic}`,
  ];
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
