// What an asked question is, wherever it came from (the built-in bank or a model): its text plus the
// rubric that grades it. The router persists the whole object with the turn, so any evaluator —
// including the built-in fallback when a model-written question's evaluation fails — can grade it.
import { z } from "zod";
import { ZQuestionDifficultySchema, ZTopicIdSchema } from "./topics.ts";

export const ZKeyPointSchema = z.object({
  /** What a good answer must contain, in words a candidate understands ("cache invalidation strategy"). */
  label: z.string().min(1),
  /** Lower-case words or phrases whose presence in an answer evidences the point. */
  evidence: z.array(z.string().min(1)).min(1),
});
export type KeyPoint = z.infer<typeof ZKeyPointSchema>;

export const ZInterviewQuestionSchema = z.object({
  id: z.string().min(1),
  topic: ZTopicIdSchema,
  difficulty: ZQuestionDifficultySchema,
  kind: z.enum(["main", "follow-up"]),
  /** For a follow-up: the id of the main question it digs into. */
  parentQuestionId: z.string().nullable(),
  text: z.string().min(1),
  keyPoints: z.array(ZKeyPointSchema).min(1),
  modelAnswerOutline: z.array(z.string().min(1)).min(1),
  source: z.enum(["bank", "model"]),
});
export type InterviewQuestion = z.infer<typeof ZInterviewQuestionSchema>;
