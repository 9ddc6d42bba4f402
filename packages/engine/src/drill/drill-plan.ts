// What a drill asks: up to MAX_DRILL_QUESTIONS questions chosen from the cards that are due, most
// overdue first. The key-point cards of one question become one item (that question is asked again and
// exercises all of them); each topic card is an item of its own (a question on the topic the candidate
// has not seen). The items are stored in the interview's plan (`plan.drill`), and the state machine
// asks them in order, one main question each, with no follow-ups; only ids and labels are stored, so the
// plan can go to clients without giving away the questions' rubrics.
import { DEFAULT_LANGUAGE, type InterviewPlan } from "../plan/interview-plan.ts";
import type { QuestionDifficulty, TopicId } from "../topics.ts";
import type { DrillCardKind } from "./cards-from-evaluation.ts";
import { type DrillPlanItem, MAX_CARDS_PER_DRILL_QUESTION } from "./drill-plan-item.ts";

export const MAX_DRILL_QUESTIONS = 5;

/** A due card as the planner needs it. */
export interface DueDrillCard {
  id: string;
  kind: DrillCardKind;
  topic: TopicId;
  label: string;
  /** The question a key-point card re-asks (null for a topic card). */
  questionId: string | null;
}

/** Groups due cards (most overdue first) into at most `maxQuestions` items, keeping that order. */
export function planDrillItems(dueCards: readonly DueDrillCard[], maxQuestions = MAX_DRILL_QUESTIONS): DrillPlanItem[] {
  const items: DrillPlanItem[] = [];
  const byQuestion = new Map<string, DrillPlanItem>();
  for (const card of dueCards) {
    const groupKey = card.kind === "key-point" && card.questionId !== null ? card.questionId : null;
    const group = groupKey === null ? undefined : byQuestion.get(groupKey);
    if (group) {
      if (group.cardIds.length < MAX_CARDS_PER_DRILL_QUESTION) {
        group.cardIds.push(card.id);
        group.labels.push(card.label);
      }
      continue;
    }
    if (items.length === maxQuestions) continue;
    const item: DrillPlanItem = { kind: card.kind, topic: card.topic, cardIds: [card.id], labels: [card.label] };
    items.push(item);
    if (groupKey !== null) byQuestion.set(groupKey, item);
  }
  return items;
}

/**
 * The plan of a drill: its topics (in the order first asked) for the progress line, the items, no time
 * limit and no job description. The difficulty is for topic questions the provider writes.
 */
export function drillInterviewPlan(items: readonly DrillPlanItem[], difficulty: QuestionDifficulty): InterviewPlan {
  const topics = [...new Set(items.map((item) => item.topic))];
  const perTopic = topics.map((topic) => items.filter((item) => item.topic === topic).length);
  return {
    topics,
    questionsPerTopic: Math.max(1, ...perTopic),
    difficulty,
    difficultySource: "default",
    language: DEFAULT_LANGUAGE,
    timeLimitMinutes: null,
    jobDescription: null,
    drill: items.map((item) => ({ ...item, cardIds: [...item.cardIds], labels: [...item.labels] })),
  };
}
