// What clients see of an interview: where it is (topic i of n, question j of m), the open question,
// the time left, and the last evaluation. Pure: built from a snapshot (the interview and its turns)
// and the time, as a read presents it (see presentAsOf).
import { getInterviewState, TOPIC_LABELS } from "@interviewer/engine";
import { runnableCodeOf } from "./executable-question.ts";
import { type InterviewSnapshot, type TurnRecord, toEngineTurn } from "./interview-codec.ts";
import { presentAsOf, timeLeftMs, timingOf } from "./interview-timing.ts";
import type { InterviewView } from "./schemas.ts";

export function interviewView(stored: InterviewSnapshot, now: Date): InterviewView {
  const { interview, turns } = presentAsOf(stored, now);
  const { plan } = interview;
  const live = interview.status === "active" || interview.status === "paused";
  const state = live ? getInterviewState(plan, turns.map(toEngineTurn), timingOf(interview, now)) : null;
  const open = turns.at(-1);
  const openTurn = live && open && (open.answer === null || open.evaluationStatus === "pending") ? open : undefined;
  const lastEvaluated = turns.findLast((turn) => turn.evaluationStatus === "evaluated");
  const topicIndex = openTurn ? plan.topics.indexOf(openTurn.question.topic) : (state?.topicIndex ?? null);
  const topic = topicIndex !== null && topicIndex >= 0 ? (plan.topics[topicIndex] ?? null) : null;
  return {
    id: interview.id,
    status: interview.status,
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
      topic,
      topicLabel: topic ? TOPIC_LABELS[topic] : null,
      questionIndex: openTurn && state ? (state.questionIndex ?? null) : null,
      questionsPerTopic: plan.questionsPerTopic,
      answered: turns.filter((turn) => turn.answer !== null).length,
      total: plan.topics.length * plan.questionsPerTopic,
    },
    currentQuestion: openTurn
      ? {
          turnId: openTurn.id,
          position: openTurn.position,
          text: openTurn.question.text,
          topic: openTurn.question.topic,
          kind: openTurn.question.kind,
          attempt: openTurn.attempt,
          isCoding: openTurn.question.topic === "coding",
          answer: openTurn.answer,
          evaluationStatus: openTurn.evaluationStatus,
          runnable: runnableCodeOf(openTurn.question),
          codeResult: openTurn.codeResult,
        }
      : null,
    lastEvaluation: lastEvaluated
      ? {
          turnId: lastEvaluated.id,
          questionText: lastEvaluated.question.text,
          attempt: lastEvaluated.attempt,
          evaluation: lastEvaluated.evaluation,
          codeResult: lastEvaluated.codeResult,
          canRetry: live && canRetry(turns, lastEvaluated),
        }
      : null,
    overallPercent: interview.overallPercent,
    report: interview.report,
  };
}

/** A question can be answered again once, right after its evaluation (before the next is answered). */
export function canRetry(turns: readonly TurnRecord[], evaluated: TurnRecord): boolean {
  if (evaluated.attempt !== 1) return false;
  const later = turns.filter((turn) => turn.position > evaluated.position);
  if (later.some((turn) => turn.answer !== null)) return false;
  return !turns.some((turn) => turn.questionId === evaluated.questionId && turn.attempt > 1);
}
