// Where an interview is, computed from the plan and the turns so far — never decided by a model.
// Rules:
// - Topics are visited in plan order; each topic has a budget of `questionsPerTopic` planned (main)
//   questions, and the interview's planned total is topics × questionsPerTopic. Only main question ids
//   count against a budget: the first turn of a main question uses one slot of its topic.
// - Asking the same question again (a retry: a new turn with the same question id) uses no slot.
// - A follow-up is an extra and uses no slot. It is offered only right after a main question whose
//   evaluation asked for one (not after a skipped one), at most one per main question, never a
//   follow-up of a follow-up. With a time limit, only while the time left still leaves the average time
//   per planned question (limit / planned total) for every planned question not yet asked, so extras
//   never crowd out the plan.
// - The next main question goes to the first topic, from the last asked turn's topic on, that has a free
//   slot; the interview never goes back to an earlier topic (an interview stored when follow-ups still
//   used slots continues under these rules without revisiting a finished topic).
// - Only the last turn can be waiting for an answer; an earlier unanswered turn was left behind (a
//   retry or the end of the interview replaced it).
// - With a time limit and timing given, the interview is finished once the limit has passed, even with
//   a question open (its late answer is not asked for; the report ignores unanswered turns).
// - A drill (plan.drill set) asks its fixed items in order, one main question each, and no follow-ups;
//   its planned total is the number of items.

import type { TurnAssist } from "../assist/turn-assist.ts";
import type { CodeRunResult } from "../code/code-execution.ts";
import type { DrillPlanItem } from "../drill/drill-plan-item.ts";
import { EngineError } from "../errors.ts";
import type { AnswerEvaluation } from "../evaluation/evaluation-schema.ts";
import { followUpQuestionId } from "../follow-up-question.ts";
import type { InterviewQuestion } from "../interview-question.ts";
import type { TopicId } from "../topics.ts";
import type { DeliveryMetrics } from "../voice/delivery-schema.ts";
import type { WhiteboardScene } from "../whiteboard/scene-schema.ts";
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
  /** True when the candidate skipped the question ("I don't know"); its answer is then "". */
  skipped?: boolean;
  /** Clarifying questions and hints asked inside the question, oldest first; absent: none. */
  assists?: readonly TurnAssist[];
  /** The whiteboard drawn with the answer; absent or null: none. */
  diagram?: WhiteboardScene | null;
  /** How a spoken answer came across; absent or null: typed. */
  delivery?: DeliveryMetrics | null;
}

export interface InterviewTiming {
  startedAt: Date;
  now: Date;
}

export type InterviewNextStep =
  | { action: "await-answer"; turnIndex: number }
  | { action: "ask-follow-up"; topic: TopicId; parentQuestion: InterviewQuestion; text: string }
  | { action: "ask-question"; topic: TopicId; drillItem?: DrillPlanItem }
  | { action: "finish"; reason: "completed" | "time-limit" };

export interface InterviewState {
  finished: boolean;
  /** Index into plan.topics of the topic being asked (or about to be), null when finished. */
  topicIndex: number | null;
  topic: TopicId | null;
  /**
   * 0-based slot among the topic's main questions of the open or next question (a follow-up has its
   * parent's slot), null when finished.
   */
  questionIndex: number | null;
  /**
   * 1-based number of the open or next planned question across the whole interview (a follow-up has its
   * parent's number), for "question 3 of 12"; null when finished.
   */
  questionNumber: number | null;
  /** Whether the open main question may still get a follow-up (it has none yet); time is checked later. */
  followUpAllowed: boolean;
  /** Main questions asked per topic (slots used). */
  usedSlotsByTopic: Record<string, number>;
  /** Distinct main questions asked so far. */
  plannedAsked: number;
  /** Distinct main questions answered (retries and follow-ups not counted; a skip counts as answered). */
  plannedAnswered: number;
  /** Planned questions in the interview: topics × questionsPerTopic. */
  plannedTotal: number;
  next: InterviewNextStep;
}

/** Where a question sits in the plan: its slot in its topic and its number in the interview. */
export interface PlannedSlot {
  /** 0-based slot among the topic's main questions (a follow-up: its parent's); null if not asked. */
  questionIndex: number | null;
  /** 1-based number among the interview's main questions (a follow-up: its parent's); null if not asked. */
  questionNumber: number | null;
}

/** What the turns so far add up to: the main questions asked, per topic and in order, and answered. */
interface TurnTally {
  mainIdsByTopic: Map<TopicId, Set<string>>;
  /** Main question ids in the order they were first asked: index + 1 is the question's number. */
  mainIds: string[];
  answeredMainIds: Set<string>;
  askedIds: Set<string>;
}

function tallyTurns(plan: InterviewPlan, turns: readonly InterviewTurn[]): TurnTally {
  const mainIdsByTopic = new Map<TopicId, Set<string>>(plan.topics.map((topic) => [topic, new Set<string>()]));
  const mainIds: string[] = [];
  const answeredMainIds = new Set<string>();
  const askedIds = new Set<string>();
  for (const turn of turns) {
    const { question } = turn;
    const slots = mainIdsByTopic.get(question.topic);
    if (!slots) {
      throw new EngineError(
        "TURN_OUTSIDE_PLAN",
        `Question ${question.id} is about "${question.topic}", which is not in this interview's plan.`,
      );
    }
    askedIds.add(question.id);
    if (question.kind !== "main") continue;
    if (!slots.has(question.id)) mainIds.push(question.id);
    slots.add(question.id);
    if (turn.answer !== null) answeredMainIds.add(question.id);
  }
  return { mainIdsByTopic, mainIds, answeredMainIds, askedIds };
}

function slotIn(tally: TurnTally, question: InterviewQuestion): PlannedSlot {
  const mainId = question.kind === "main" ? question.id : question.parentQuestionId;
  if (mainId === null) return { questionIndex: null, questionNumber: null };
  const index = [...(tally.mainIdsByTopic.get(question.topic) ?? [])].indexOf(mainId);
  const number = tally.mainIds.indexOf(mainId);
  return { questionIndex: index === -1 ? null : index, questionNumber: number === -1 ? null : number + 1 };
}

/** The planned slot of a question already asked in `turns` (a follow-up or retry: its main question's). */
export function plannedSlotOf(
  plan: InterviewPlan,
  turns: readonly InterviewTurn[],
  question: InterviewQuestion,
): PlannedSlot {
  return slotIn(tallyTurns(plan, turns), question);
}

export function getInterviewState(
  plan: InterviewPlan,
  turns: readonly InterviewTurn[],
  timing: InterviewTiming | null = null,
): InterviewState {
  const tally = tallyTurns(plan, turns);
  const { mainIdsByTopic, mainIds, askedIds } = tally;
  const usedSlotsByTopic = Object.fromEntries([...mainIdsByTopic].map(([topic, ids]) => [topic, ids.size]));
  const plannedTotal = plan.drill ? plan.drill.length : plan.topics.length * plan.questionsPerTopic;
  const base = {
    usedSlotsByTopic,
    plannedAsked: mainIds.length,
    plannedAnswered: tally.answeredMainIds.size,
    plannedTotal,
  };
  const slotOf = (question: InterviewQuestion) => slotIn(tally, question);

  const finished = (reason: "completed" | "time-limit"): InterviewState => ({
    ...base,
    finished: true,
    topicIndex: null,
    topic: null,
    questionIndex: null,
    questionNumber: null,
    followUpAllowed: false,
    next: { action: "finish", reason },
  });

  let timeLeftMs: number | null = null;
  if (timing && plan.timeLimitMinutes !== null) {
    const elapsedMs = timing.now.getTime() - timing.startedAt.getTime();
    timeLeftMs = plan.timeLimitMinutes * 60_000 - elapsedMs;
    if (timeLeftMs <= 0) return finished("time-limit");
  }

  const lastIndex = turns.length - 1;
  const last = turns[lastIndex];
  if (last && last.answer === null) {
    return {
      ...base,
      finished: false,
      topicIndex: plan.topics.indexOf(last.question.topic),
      topic: last.question.topic,
      ...slotOf(last.question),
      followUpAllowed:
        last.question.kind === "main" && !plan.drill && !askedIds.has(followUpQuestionId(last.question.id)),
      next: { action: "await-answer", turnIndex: lastIndex },
    };
  }

  const followUpText = last?.evaluation?.followUp.ask ? last.evaluation.followUp.question?.trim() : undefined;
  if (
    last &&
    followUpText &&
    !plan.drill &&
    last.question.kind === "main" &&
    !last.skipped &&
    !askedIds.has(followUpQuestionId(last.question.id)) &&
    leavesTimeForThePlan(plan, timeLeftMs, plannedTotal - mainIds.length)
  ) {
    const topic = last.question.topic;
    return {
      ...base,
      finished: false,
      topicIndex: plan.topics.indexOf(topic),
      topic,
      ...slotOf(last.question),
      followUpAllowed: false,
      next: { action: "ask-follow-up", topic, parentQuestion: last.question, text: followUpText },
    };
  }

  if (plan.drill) {
    const drillItem = plan.drill[mainIds.length];
    if (drillItem === undefined) return finished("completed");
    return {
      ...base,
      finished: false,
      topicIndex: plan.topics.indexOf(drillItem.topic),
      topic: drillItem.topic,
      questionIndex: mainIdsByTopic.get(drillItem.topic)?.size ?? 0,
      questionNumber: mainIds.length + 1,
      followUpAllowed: false,
      next: { action: "ask-question", topic: drillItem.topic, drillItem },
    };
  }

  const from = last ? Math.max(0, plan.topics.indexOf(last.question.topic)) : 0;
  const offset = plan.topics
    .slice(from)
    .findIndex((topic) => (mainIdsByTopic.get(topic)?.size ?? 0) < plan.questionsPerTopic);
  const topicIndex = offset === -1 ? -1 : from + offset;
  const topic = plan.topics[topicIndex];
  if (topic === undefined) return finished("completed");
  return {
    ...base,
    finished: false,
    topicIndex,
    topic,
    questionIndex: mainIdsByTopic.get(topic)?.size ?? 0,
    questionNumber: mainIds.length + 1,
    followUpAllowed: true,
    next: { action: "ask-question", topic },
  };
}

/**
 * With a time limit, a follow-up (an extra) is asked only if the time left still gives every planned
 * question not yet asked the average time per planned question.
 */
function leavesTimeForThePlan(plan: InterviewPlan, timeLeftMs: number | null, plannedNotAsked: number): boolean {
  if (timeLeftMs === null || plan.timeLimitMinutes === null) return true;
  const perPlannedMs = (plan.timeLimitMinutes * 60_000) / Math.max(1, plan.topics.length * plan.questionsPerTopic);
  return timeLeftMs >= perPlannedMs * Math.max(0, plannedNotAsked);
}
