// What clients see of an interview: where it is (planned question n of m, topic i of n), the open
// question (with its first attempt on a retry), the conversation so far, the time left, and the last
// evaluation. Pure: built from a snapshot (the interview and its turns, already loaded: no extra read)
// and the time, as a read presents it (see presentAsOf).
import { countAssists, getInterviewState, plannedSlotOf, TOPIC_LABELS } from "@interviewer/engine";
import { runnableCodeOf } from "./executable-question.ts";
import { type InterviewSnapshot, type TurnRecord, toEngineTurn } from "./interview-codec.ts";
import { presentAsOf, timeLeftMs, timingOf } from "./interview-timing.ts";
import type { InterviewView, ThreadTurn } from "./schemas.ts";

export function interviewView(stored: InterviewSnapshot, now: Date): InterviewView {
  const { interview, turns } = presentAsOf(stored, now);
  const { plan } = interview;
  const live = interview.status === "active" || interview.status === "paused";
  const engineTurns = turns.map(toEngineTurn);
  const state = getInterviewState(plan, engineTurns, live ? timingOf(interview, now) : null);
  const open = turns.at(-1);
  const openTurn = live && open && (open.answer === null || open.evaluationStatus === "pending") ? open : undefined;
  const slot = openTurn ? plannedSlotOf(plan, engineTurns, openTurn.question) : null;
  const lastEvaluated = turns.findLast((turn) => turn.evaluationStatus === "evaluated");
  const topicIndex = openTurn ? plan.topics.indexOf(openTurn.question.topic) : live ? state.topicIndex : null;
  const topic = topicIndex !== null && topicIndex >= 0 ? (plan.topics[topicIndex] ?? null) : null;
  const firstAttempt =
    openTurn && openTurn.attempt > 1
      ? turns.find((turn) => turn.questionId === openTurn.questionId && turn.attempt === 1)
      : undefined;
  return {
    id: interview.id,
    status: interview.status,
    endReason: interview.endReason,
    plan,
    provider: interview.provider,
    voice: interview.voice,
    createdAt: interview.createdAt,
    startedAt: interview.startedAt,
    endedAt: interview.endedAt,
    timeLeftMs: live ? timeLeftMs(interview, now) : null,
    progress: {
      topicIndex,
      topicCount: plan.topics.length,
      topic,
      topicLabel: topic ? TOPIC_LABELS[topic] : null,
      questionIndex: slot?.questionIndex ?? null,
      questionNumber: slot?.questionNumber ?? null,
      questionsPerTopic: plan.questionsPerTopic,
      answered: state.plannedAnswered,
      total: state.plannedTotal,
    },
    thread: turns.filter((turn) => turn !== openTurn).map(threadTurn),
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
          skipped: openTurn.skipped,
          evaluationStatus: openTurn.evaluationStatus,
          runnable: runnableCodeOf(openTurn.question),
          codeResult: openTurn.codeResult,
          diagram: openTurn.diagram,
          assists: openTurn.assists,
          assistCounts: countAssists(openTurn.assists),
          firstAttempt: firstAttempt
            ? {
                turnId: firstAttempt.id,
                answer: firstAttempt.answer,
                skipped: firstAttempt.skipped,
                score: firstAttempt.score,
                evaluation: firstAttempt.evaluation,
              }
            : null,
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
          delivery: lastEvaluated.delivery,
        }
      : null,
    overallPercent: interview.overallPercent,
    report: interview.report,
  };
}

function threadTurn(turn: TurnRecord): ThreadTurn {
  return {
    turnId: turn.id,
    position: turn.position,
    topic: turn.question.topic,
    topicLabel: TOPIC_LABELS[turn.question.topic],
    kind: turn.question.kind,
    attempt: turn.attempt,
    question: turn.question.text,
    answer: turn.answer,
    skipped: turn.skipped,
    evaluationStatus: turn.evaluationStatus,
    score: turn.score,
    evaluation: turn.evaluation,
    codeResult: turn.codeResult,
    assists: turn.assists,
    delivery: turn.delivery,
    diagram: turn.diagram,
  };
}

/** A question can be answered again once, right after its evaluation (before the next is answered). */
export function canRetry(turns: readonly TurnRecord[], evaluated: TurnRecord): boolean {
  if (evaluated.attempt !== 1) return false;
  const later = turns.filter((turn) => turn.position > evaluated.position);
  if (later.some((turn) => turn.answer !== null)) return false;
  return !turns.some((turn) => turn.questionId === evaluated.questionId && turn.attempt > 1);
}
