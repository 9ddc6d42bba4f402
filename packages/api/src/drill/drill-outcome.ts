// What a graded answer does to drill cards, inside the transaction that stores the evaluation (so a
// card moves exactly when its answer's result is recorded, once):
// - an answer in a real interview upserts the cards the engine derives from it (each missed key point,
//   and the topic when the score is under the bar): one statement, none when nothing was missed;
// - an answer in a drill reschedules the cards its turn practises with the engine's SM-2 scheduler and
//   writes a review row for each: the cards are read under lock, then one statement writes both.
//   A drill never creates cards. A retried drill question's second attempt carries no cards: the first
//   attempt's grade already moved them.
import {
  applyDrillReviews,
  type DatabaseOrTransaction,
  type DrillCardReview,
  lockDrillCards,
  upsertDrillCards,
} from "@interviewer/db";
import {
  type AnswerEvaluation,
  cardsFromEvaluation,
  recallQualityOfKeyPoint,
  recallQualityOfScore,
  scheduleReview,
} from "@interviewer/engine";
import type { InterviewRecord, TurnRecord } from "../interview/interview-codec.ts";

export async function recordDrillOutcome(
  tx: DatabaseOrTransaction,
  {
    interview,
    turn,
    evaluation,
    now,
  }: { interview: InterviewRecord; turn: TurnRecord; evaluation: AnswerEvaluation; now: Date },
): Promise<void> {
  if (interview.kind === "interview") {
    const cards = cardsFromEvaluation(turn.question, evaluation);
    await upsertDrillCards(tx, { userId: interview.userId, sourceInterviewId: interview.id, now, cards });
    return;
  }
  const cardIds = turn.drillCardIds ?? [];
  if (cardIds.length === 0) return;
  const cards = await lockDrillCards(tx, { userId: interview.userId, ids: cardIds });
  const reviews = cards.map((card): DrillCardReview => {
    const quality =
      card.kind === "topic" ? recallQualityOfScore(evaluation.score) : recallQualityOfKeyPoint(card.label, evaluation);
    const next = scheduleReview(card, quality, now);
    return {
      cardId: card.id,
      repetitions: next.repetitions,
      intervalDays: next.intervalDays,
      easeFactor: next.easeFactor,
      lapses: next.lapses,
      dueAt: next.dueAt,
      quality,
      score: evaluation.score,
    };
  });
  await applyDrillReviews(tx, { userId: interview.userId, interviewId: interview.id, now, reviews });
}
