// Turns an evaluation's follow-up decision into a question of its own. Its rubric is the key points
// the candidate missed on the parent question, so the follow-up is graded on exactly what it probes.
// Its id is derived from the parent's: one follow-up per main question (see interview-state.ts).
import type { AnswerEvaluation } from "./evaluation/evaluation-schema.ts";
import type { InterviewQuestion } from "./interview-question.ts";

export function followUpQuestionId(parentQuestionId: string): string {
  return `${parentQuestionId}#follow-up`;
}

export function createFollowUpQuestion(
  parent: InterviewQuestion,
  parentEvaluation: Pick<AnswerEvaluation, "keyPointsMissed">,
  text: string,
): InterviewQuestion {
  const missed = new Set(parentEvaluation.keyPointsMissed);
  const probed = parent.keyPoints.filter((point) => missed.has(point.label));
  return {
    id: followUpQuestionId(parent.id),
    topic: parent.topic,
    difficulty: parent.difficulty,
    kind: "follow-up",
    parentQuestionId: parent.id,
    text,
    keyPoints: probed.length > 0 ? probed : parent.keyPoints,
    modelAnswerOutline: parent.modelAnswerOutline,
    wrongClaims: parent.wrongClaims,
    modelAnswer: parent.modelAnswer,
    source: parent.source,
  };
}
