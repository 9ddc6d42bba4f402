// A shared report's questions as the report page's entries, so the shared page reuses its index and
// study-list links. A shared report carries no transcript (no ids, no times): each question appears
// once, at its last attempt, in topic order, as the report scored it.
import type { RouterOutputs } from "@interviewer/api";
import type { ReportEntry } from "../report/report-entries.ts";

type SharedReport = RouterOutputs["sharing"]["report"];

export function sharedReportEntries(shared: SharedReport): ReportEntry[] {
  const questions = shared.report.topics.flatMap((topic) =>
    topic.questions.map((result) => ({ result, topicLabel: topic.label })),
  );
  return questions.map(({ result, topicLabel }, index) => ({
    number: index + 1,
    anchor: `question-${index + 1}`,
    codeLanguage: result.question.topic === "coding" ? shared.plan.language : null,
    turn: {
      turnId: `shared-${index + 1}`,
      position: index,
      topic: result.question.topic,
      topicLabel,
      kind: result.question.kind,
      attempt: result.attempts,
      question: result.question.text,
      answer: result.answer,
      answeredAt: null,
      evaluation: result.evaluation,
      codeResult: null,
      assists: result.assists,
      delivery: result.delivery,
      diagram: result.diagram,
    },
  }));
}
