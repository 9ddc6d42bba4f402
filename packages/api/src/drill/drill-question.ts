// A drill's next question, as its plan's item says (engine drill/drill-plan.ts): a key-point item asks
// again the question its points were missed on (the card holds it, rubric and tests included), as a
// main question; a topic item (or a key-point item whose cards were dismissed meanwhile) asks a new
// question on the topic the candidate has not seen, through the provider as an interview does. Also
// which cards the next question practises, stored with its turn.
import { findDrillCards } from "@interviewer/db";
import { type DrillPlanItem, getInterviewState, type InterviewQuestion, type TopicId } from "@interviewer/engine";
import type { InterviewDeps } from "../interview/advance-interview.ts";
import { type InterviewSnapshot, toEngineTurn } from "../interview/interview-codec.ts";
import { cardQuestion } from "./codec.ts";

type AskNewQuestion = (deps: InterviewDeps, snapshot: InterviewSnapshot, topic: TopicId) => Promise<InterviewQuestion>;

export async function writeDrillQuestion(
  deps: InterviewDeps,
  snapshot: InterviewSnapshot,
  item: DrillPlanItem,
  askNewQuestion: AskNewQuestion,
): Promise<InterviewQuestion> {
  if (item.kind === "key-point") {
    const cards = await findDrillCards(deps.db, { userId: snapshot.interview.userId, ids: item.cardIds });
    const stored = cards.map(cardQuestion).find((question) => question !== null);
    // Cards keep only main questions; written as one anyway, so the state machine counts it as the item.
    if (stored) return { ...stored, kind: "main", parentQuestionId: null };
  }
  return askNewQuestion(deps, snapshot, item.topic);
}

/** The cards the question to be asked next practises; null outside a drill. */
export function drillCardIdsOfNextQuestion({ interview, turns }: InterviewSnapshot): string[] | null {
  if (!interview.plan.drill) return null;
  const next = getInterviewState(interview.plan, turns.map(toEngineTurn)).next;
  return next.action === "ask-question" && next.drillItem ? [...next.drillItem.cardIds] : null;
}
