// One question of a drill as its plan stores it (see drill-plan.ts): the cards it practises and what
// they are called. Kept apart from the planner so the interview plan's schema can include it without
// an import cycle.
import { z } from "zod";
import { ZTopicIdSchema } from "../topics.ts";
import { DRILL_CARD_KIND_VALUES } from "./cards-from-evaluation.ts";

/** Cards one question practises at most (a question has a handful of key points). */
export const MAX_CARDS_PER_DRILL_QUESTION = 10;

export const ZDrillPlanItemSchema = z.object({
  kind: z.enum(DRILL_CARD_KIND_VALUES),
  topic: ZTopicIdSchema,
  /** The drill cards this question practises; each is rescheduled when the answer is graded. */
  cardIds: z.array(z.string()).min(1).max(MAX_CARDS_PER_DRILL_QUESTION),
  /** What is practised, for the room ("Practising: cache invalidation"). */
  labels: z.array(z.string()).min(1).max(MAX_CARDS_PER_DRILL_QUESTION),
});
export type DrillPlanItem = z.infer<typeof ZDrillPlanItemSchema>;
