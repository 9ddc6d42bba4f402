// What clients see of an interview: where it is (topic i of n, question j of m), the open question,
// the time left, and the last evaluation. Built from one interview row and its turns.
import type { Interview, InterviewTurnRow } from "@interviewer/db";
import { getInterviewState, type InterviewReport, TOPIC_LABELS, type TopicId } from "@interviewer/engine";
import { evaluationOf, planOf, timeLeftMs, timingOf, toEngineTurn } from "./interview-records.ts";

export function interviewView(interview: Interview, turns: readonly InterviewTurnRow[], now: Date) {
  const plan = planOf(interview);
  const engineTurns = turns.map(toEngineTurn);
  const live = interview.status === "active" || interview.status === "paused";
  const state = live ? getInterviewState(plan, engineTurns, timingOf(interview, now)) : null;
  const open = turns.at(-1);
  const openTurn = live && open && (open.answer === null || open.evaluationStatus === "pending") ? open : undefined;
  const lastEvaluated = [...turns].reverse().find((turn) => turn.evaluationStatus === "evaluated");
  const topicIndex = openTurn ? plan.topics.indexOf(openTurn.topic as TopicId) : (state?.topicIndex ?? null);
  return {
    id: interview.id,
    status: interview.status as "preparing" | "active" | "paused" | "completed" | "abandoned" | "failed",
    endReason: interview.endReason,
    plan,
    provider: interview.provider,
    createdAt: interview.createdAt,
    startedAt: interview.startedAt,
    endedAt: interview.endedAt,
    timeLeftMs: live ? timeLeftMs(interview, now) : null,
    progress: {
      topicIndex,
      topicCount: plan.topics.length,
      topic: topicIndex !== null && topicIndex >= 0 ? (plan.topics[topicIndex] ?? null) : null,
      topicLabel:
        topicIndex !== null && topicIndex >= 0 && plan.topics[topicIndex]
          ? TOPIC_LABELS[plan.topics[topicIndex]]
          : null,
      questionIndex: openTurn && state ? (state.questionIndex ?? null) : null,
      questionsPerTopic: plan.questionsPerTopic,
      answered: turns.filter((turn) => turn.answer !== null).length,
      total: plan.topics.length * plan.questionsPerTopic,
    },
    currentQuestion: openTurn
      ? {
          turnId: openTurn.id,
          position: openTurn.position,
          text: toEngineTurn(openTurn).question.text,
          topic: openTurn.topic as TopicId,
          kind: toEngineTurn(openTurn).question.kind,
          attempt: openTurn.attempt,
          isCoding: openTurn.topic === "coding",
          answer: openTurn.answer,
          evaluationStatus: openTurn.evaluationStatus as "awaiting_answer" | "pending" | "evaluated",
        }
      : null,
    lastEvaluation: lastEvaluated
      ? {
          turnId: lastEvaluated.id,
          questionText: toEngineTurn(lastEvaluated).question.text,
          attempt: lastEvaluated.attempt,
          evaluation: evaluationOf(lastEvaluated),
          canRetry: live && canRetry(turns, lastEvaluated),
        }
      : null,
    overallPercent: interview.overallPercent,
    report: (interview.report as unknown as InterviewReport | null) ?? null,
  };
}

export type InterviewView = ReturnType<typeof interviewView>;

/** A question can be answered again once, right after its evaluation (before the next is answered). */
export function canRetry(turns: readonly InterviewTurnRow[], evaluated: InterviewTurnRow): boolean {
  if (evaluated.attempt !== 1) return false;
  const later = turns.filter((turn) => turn.position > evaluated.position);
  if (later.some((turn) => turn.answer !== null)) return false;
  return !turns.some((turn) => turn.questionId === evaluated.questionId && turn.attempt > 1);
}
