// Markdown export of an interview: plan, report and full transcript (every attempt, including
// retries). Pure: the export date is passed in, never read from a clock here.
import { assistLines } from "../assist/assist-wording.ts";
import type { InterviewPlan } from "../plan/interview-plan.ts";
import type { InterviewTurn } from "../plan/interview-state.ts";
import { TOPIC_LABELS } from "../topics.ts";
import { deliveryMarkdownLines, deliverySummaryMarkdownLines } from "../voice/delivery-markdown.ts";
import { diagramMarkdownLines, diagramNotesLines } from "../whiteboard/diagram-markdown.ts";
import { answerBlocks, fencedCode } from "./answer-blocks.ts";
import type { InterviewReport } from "./interview-report.ts";

export interface InterviewMarkdownInput {
  title: string;
  exportedAt: Date;
  plan: InterviewPlan;
  turns: readonly InterviewTurn[];
  report: InterviewReport;
}

const VERDICT_LABELS = { ready: "Ready", almost: "Almost ready", not_ready: "Not ready yet" } as const;

/** Keeps user text from becoming headings, tables or HTML in the export. */
function quote(text: string): string {
  const safe = text.replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return safe
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

/**
 * Prose quoted and escaped as above; code (fenced by its author, or a whole answer to a coding
 * question) fenced verbatim, since a fence longer than any backtick run inside cannot be closed early.
 */
function quoteWithCode(text: string, codeLanguage: string | null): string {
  return answerBlocks(text, codeLanguage)
    .map((block) => (block.kind === "code" ? fencedCode(block.code, block.language) : quote(block.text)))
    .join("\n\n");
}

/** One line of text: table pipes escaped, and no HTML (feedback quotes the candidate's words). */
function inline(text: string): string {
  return text.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\n+/g, " ");
}

export function renderInterviewMarkdown(input: InterviewMarkdownInput): string {
  const { plan, report, turns } = input;
  const lines: string[] = [];
  lines.push(`# ${inline(input.title)}`, "");
  lines.push(`Exported ${input.exportedAt.toISOString()}`, "");
  lines.push("## Plan", "");
  lines.push(`- Topics: ${plan.topics.map((topic) => TOPIC_LABELS[topic]).join(", ")}`);
  lines.push(`- Questions per topic: ${plan.questionsPerTopic}`);
  lines.push(`- Difficulty: ${plan.difficulty} (${plan.difficultySource})`);
  lines.push(`- Language: ${inline(plan.language)}`);
  lines.push(`- Time limit: ${plan.timeLimitMinutes === null ? "none" : `${plan.timeLimitMinutes} minutes`}`, "");

  lines.push("## Report", "");
  if (report.status === "no-answers" || report.overallPercent === null) {
    lines.push("No question was answered, so there is no score.", "");
  } else {
    lines.push(
      `**Overall: ${report.overallPercent}%** — ${report.verdict ? VERDICT_LABELS[report.verdict] : ""} for ${report.targetLevel}.`,
    );
    lines.push("", report.verdictReason, "");
    lines.push("| Topic | Answered | Score |", "|---|---|---|");
    for (const topic of report.topics) {
      lines.push(
        `| ${topic.label} | ${topic.answeredQuestions} | ${topic.percent === null ? "—" : `${topic.percent}%`} |`,
      );
    }
    lines.push("");
    if (report.strengths.length > 0)
      lines.push("### Strengths", "", ...report.strengths.map((s) => `- ${inline(s)}`), "");
    if (report.weaknesses.length > 0)
      lines.push("### Weaknesses", "", ...report.weaknesses.map((w) => `- ${inline(w)}`), "");
    if (report.studyList.length > 0) {
      lines.push("### What to study next", "");
      for (const item of report.studyList) lines.push(`- ${TOPIC_LABELS[item.topic]}: ${inline(item.keyPoint)}`);
      lines.push("");
    }
    if (report.delivery) lines.push(...deliverySummaryMarkdownLines(report.delivery, inline));
  }

  lines.push("## Transcript", "");
  const attempts = new Map<string, number>();
  turns.forEach((turn, index) => {
    const attempt = (attempts.get(turn.question.id) ?? 0) + 1;
    attempts.set(turn.question.id, attempt);
    const kind = turn.question.kind === "follow-up" ? "Follow-up" : "Question";
    const retry = attempt > 1 ? ` (attempt ${attempt})` : "";
    lines.push(`### ${index + 1}. ${kind} — ${TOPIC_LABELS[turn.question.topic]}${retry}`, "");
    lines.push(`**${inline(turn.question.text)}**`, "");
    if (turn.answer === null) lines.push("_Not answered._", "");
    else if (turn.skipped) lines.push("_Skipped._", "");
    else if (turn.answer.trim() === "") lines.push("_No answer given._", "");
    else lines.push(quoteWithCode(turn.answer, turn.question.topic === "coding" ? plan.language : null), "");
    if (turn.diagram && turn.answer !== null) lines.push(...diagramMarkdownLines(turn.diagram));
    if (turn.delivery && turn.answer !== null) lines.push(...deliveryMarkdownLines(turn.delivery, inline));
    for (const assist of turn.assists ?? []) lines.push(...assistLines(assist).map((line) => `- ${inline(line)}`));
    if ((turn.assists ?? []).length > 0) lines.push("");
    if (turn.codeResult) {
      const result = turn.codeResult;
      lines.push(
        `Hidden tests (${result.language}): **${result.passed} of ${result.total} passed**`,
        ...result.tests.map((test) => `- ${inline(test.name)}: ${test.verdict}`),
        "",
      );
    }
    const evaluation = turn.evaluation;
    if (evaluation) {
      lines.push(
        `Score: **${evaluation.score}/10**${evaluation.fallback ? " (graded by the built-in evaluator)" : ""}`,
        "",
      );
      lines.push(inline(evaluation.feedback.summary), "");
      if (evaluation.diagram) lines.push(...diagramNotesLines(evaluation.diagram, inline));
      const { evidence } = evaluation;
      if (evidence.wrongClaims.length > 0) {
        lines.push(
          "Incorrect claims:",
          ...evidence.wrongClaims.map((item) => `- “${inline(item.quote)}” — ${inline(item.correction)}`),
          "",
        );
      }
      if (evidence.covered.length > 0) {
        lines.push(
          "What earned points:",
          ...evidence.covered.map((item) => `- ${inline(item.point)}: “${inline(item.quote)}”`),
          "",
        );
      }
      if (evidence.missed.length > 0) {
        lines.push(
          "Not covered:",
          ...evidence.missed.map(
            (item) => `- ${inline(item.point)}${item.hint ? ` (a strong answer says: “${inline(item.hint)}”)` : ""}`,
          ),
          "",
        );
      }
      // The built-in grader's strengths and gaps restate the evidence above; older evaluations and a
      // model's add what the evidence does not carry.
      const restatesEvidence =
        evaluation.provider === "builtin" && evidence.covered.length + evidence.missed.length > 0;
      if (!restatesEvidence && evaluation.feedback.strengths.length > 0) {
        lines.push("Strengths:", ...evaluation.feedback.strengths.map((s) => `- ${inline(s)}`), "");
      }
      if (!restatesEvidence && evaluation.feedback.gaps.length > 0)
        lines.push("Gaps:", ...evaluation.feedback.gaps.map((g) => `- ${inline(g)}`), "");
      lines.push(`Improve: ${inline(evaluation.feedback.improvement)}`, "");
      if (evaluation.modelAnswer) lines.push("Model answer:", "", quoteWithCode(evaluation.modelAnswer, null), "");
      else lines.push("Model answer outline:", ...evaluation.modelAnswerOutline.map((line) => `- ${inline(line)}`), "");
    }
  });
  return `${lines.join("\n").trimEnd()}\n`;
}
