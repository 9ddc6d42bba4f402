// Where an interview is, computed from the plan and the turns so far — never decided by a model.
// Rules:
// - Topics are visited in plan order; each topic has a budget of `questionsPerTopic` questions.
// - A question uses one slot of its topic's budget the first time it appears. Asking the same question
//   again (a retry: a new turn with the same question id) uses no extra slot.
// - A follow-up is a question of its own and uses a slot, so follow-ups stay inside the budget. It is
//   offered only right after a main question whose evaluation asked for one, and only while the topic
//   has a free slot: one follow-up per main question, never a follow-up of a follow-up.
// - Only the last turn can be waiting for an answer; an earlier unanswered turn was skipped.
// - With a time limit and timing given, the interview is finished once the limit has passed, even with
//   a question open (its late answer is not asked for; the report ignores unanswered turns).

import type { CodeRunResult } from "../code/code-execution.ts";
import { EngineError } from "../errors.ts";
import type { AnswerEvaluation } from "../evaluation/evaluation-schema.ts";
import type { InterviewQuestion } from "../interview-question.ts";
import type { TopicId } from "../topics.ts";
import type { InterviewPlan } from "./interview-plan.ts";

/** One question put to the candidate, with the answer and its evaluation once they exist. */
export interface InterviewTurn {
  question: InterviewQuestion;
  /** null while the candidate has not answered. */
  answer: string | null;
  /** null until the answer is evaluated. */
  evaluation: AnswerEvaluation | null;
  /** The hidden tests' result when the answer's code ran; absent or null otherwise. */
  codeResult?: CodeRunResult | null;
}

export interface InterviewTiming {
  startedAt: Date;
  now: Date;
}

export type InterviewNextStep =
  | { action: "await-answer"; turnIndex: number }
  | { action: "ask-follow-up"; topic: TopicId; parentQuestion: InterviewQuestion; text: string }
  | { action: "ask-question"; topic: TopicId }
  | { action: "finish"; reason: "completed" | "time-limit" };

export interface InterviewState {
  finished: boolean;
  /** Index into plan.topics of the topic being asked (or about to be), null when finished. */
  topicIndex: number | null;
  topic: TopicId | null;
  /** 0-based slot inside the topic budget of the open or next question, null when finished. */
  questionIndex: number | null;
  /** Whether the topic has a free slot for a follow-up after the current main question. */
  followUpAllowed: boolean;
  usedSlotsByTopic: Record<string, number>;
  answeredCount: number;
  /** Upper bound of questions in the interview: topics × questionsPerTopic. */
  totalQuestions: number;
  next: InterviewNextStep;
}

export function getInterviewState(
  plan: InterviewPlan,
  turns: readonly InterviewTurn[],
  timing: InterviewTiming | null = null,
): InterviewState {
  const slotsByTopic = new Map<TopicId, Set<string>>(plan.topics.map((topic) => [topic, new Set<string>()]));
  for (const turn of turns) {
    const slots = slotsByTopic.get(turn.question.topic);
    if (!slots) {
      throw new EngineError(
        "TURN_OUTSIDE_PLAN",
        `Question ${turn.question.id} is about "${turn.question.topic}", which is not in this interview's plan.`,
      );
    }
    slots.add(turn.question.id);
  }
  const usedSlotsByTopic = Object.fromEntries([...slotsByTopic].map(([topic, ids]) => [topic, ids.size]));
  const answeredCount = turns.filter((turn) => turn.answer !== null).length;
  const totalQuestions = plan.topics.length * plan.questionsPerTopic;
  const base = { usedSlotsByTopic, answeredCount, totalQuestions };

  const finished = (reason: "completed" | "time-limit"): InterviewState => ({
    ...base,
    finished: true,
    topicIndex: null,
    topic: null,
    questionIndex: null,
    followUpAllowed: false,
    next: { action: "finish", reason },
  });

  if (timing && plan.timeLimitMinutes !== null) {
    const elapsedMs = timing.now.getTime() - timing.startedAt.getTime();
    if (elapsedMs >= plan.timeLimitMinutes * 60_000) return finished("time-limit");
  }

  const lastIndex = turns.length - 1;
  const last = turns[lastIndex];
  if (last && last.answer === null) {
    const topicIndex = plan.topics.indexOf(last.question.topic);
    const slots = [...(slotsByTopic.get(last.question.topic) ?? [])];
    const used = slots.length;
    return {
      ...base,
      finished: false,
      topicIndex,
      topic: last.question.topic,
      questionIndex: slots.indexOf(last.question.id),
      followUpAllowed: last.question.kind === "main" && used < plan.questionsPerTopic,
      next: { action: "await-answer", turnIndex: lastIndex },
    };
  }

  const topicIndex = plan.topics.findIndex((topic) => (slotsByTopic.get(topic)?.size ?? 0) < plan.questionsPerTopic);
  const topic = plan.topics[topicIndex];
  if (topicIndex === -1 || topic === undefined) return finished("completed");
  const used = slotsByTopic.get(topic)?.size ?? 0;

  const followUpText = last?.evaluation?.followUp.ask ? last.evaluation.followUp.question?.trim() : undefined;
  if (last && last.question.kind === "main" && last.question.topic === topic && followUpText) {
    return {
      ...base,
      finished: false,
      topicIndex,
      topic,
      questionIndex: used,
      followUpAllowed: true,
      next: { action: "ask-follow-up", topic, parentQuestion: last.question, text: followUpText },
    };
  }
  return {
    ...base,
    finished: false,
    topicIndex,
    topic,
    questionIndex: used,
    // A new main question can be followed up only if a slot remains after it.
    followUpAllowed: used + 1 < plan.questionsPerTopic,
    next: { action: "ask-question", topic },
  };
}
