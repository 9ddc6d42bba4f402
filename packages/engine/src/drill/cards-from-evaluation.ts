// Which drill cards one graded answer of a real interview makes: each key point the grader says was
// missed becomes a "key-point" card (keyed by the question's id and the point, so missing it again on
// the same question finds the same card), and an answer under the passing bar makes a "topic" card for
// its topic. A follow-up makes no key-point cards: it only reads in the context of its parent question,
// so it cannot be asked again alone; its score still counts for the topic.
import { type AnswerEvaluation, PASSING_SCORE } from "../evaluation/evaluation-schema.ts";
import type { InterviewQuestion } from "../interview-question.ts";
import { cutText } from "../stored-text.ts";
import { TOPIC_LABELS, type TopicId } from "../topics.ts";
import { normalizedPointLabel } from "./recall-quality.ts";

/** Key-point cards one answer can make: a bound on work and rows, whatever a model reports. */
export const MAX_POINT_CARDS_PER_ANSWER = 8;
/** Labels longer than this are cut (a model may write a whole sentence as a "point"). */
export const MAX_CARD_LABEL_CHARS = 200;

export const DRILL_CARD_KIND_VALUES = ["key-point", "topic"] as const;
export type DrillCardKind = (typeof DRILL_CARD_KIND_VALUES)[number];

export interface DrillCardDraft {
  kind: DrillCardKind;
  /** Unique per user: "point:<question id>:<point>" or "topic:<topic>". */
  skillKey: string;
  topic: TopicId;
  label: string;
  /** The question to ask again for a key-point card (always a main question); null for a topic card. */
  question: InterviewQuestion | null;
}

export function cardsFromEvaluation(
  question: InterviewQuestion,
  evaluation: Pick<AnswerEvaluation, "score" | "keyPointsMissed">,
): DrillCardDraft[] {
  const cards: DrillCardDraft[] = [];
  if (question.kind === "main") {
    const labelsByKey = new Map(question.keyPoints.map((point) => [normalizedPointLabel(point.label), point.label]));
    const seen = new Set<string>();
    for (const missed of evaluation.keyPointsMissed) {
      const key = cutText(normalizedPointLabel(missed), MAX_CARD_LABEL_CHARS);
      if (key.length === 0 || seen.has(key)) continue;
      seen.add(key);
      cards.push({
        kind: "key-point",
        skillKey: keyPointSkillKey(question.id, key),
        topic: question.topic,
        label: cutText(labelsByKey.get(key) ?? missed.trim(), MAX_CARD_LABEL_CHARS),
        question,
      });
      if (cards.length === MAX_POINT_CARDS_PER_ANSWER) break;
    }
  }
  if (evaluation.score < PASSING_SCORE) {
    cards.push({
      kind: "topic",
      skillKey: topicSkillKey(question.topic),
      topic: question.topic,
      label: TOPIC_LABELS[question.topic],
      question: null,
    });
  }
  return cards;
}

export function keyPointSkillKey(questionId: string, normalizedLabel: string): string {
  return `point:${questionId}:${normalizedLabel}`;
}

export function topicSkillKey(topic: TopicId): string {
  return `topic:${topic}`;
}
