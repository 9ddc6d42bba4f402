// What an asked question is, wherever it came from (the built-in bank or a model): its text plus the
// rubric that grades it. The router persists the whole object with the turn, so any evaluator —
// including the built-in fallback when a model-written question's evaluation fails — can grade it.
// A model-written coding question also carries its executable spec (hidden tests and reference
// solutions included), so it is stored with the turn; nothing that reaches a client may pass it on.
import { z } from "zod";
import { ZExecutableSpecSchema } from "./code/code-execution.ts";
import { ZQuestionDifficultySchema, ZTopicIdSchema } from "./topics.ts";

export const ZKeyPointSchema = z.object({
  /** What a good answer must contain, in words a candidate understands ("cache invalidation strategy"). */
  label: z.string().min(1),
  /** Phrasings of the point: words one answer sentence must contain (see builtin/question-bank/bank-question.ts). */
  evidence: z.array(z.string().min(1)).min(1),
});
export type KeyPoint = z.infer<typeof ZKeyPointSchema>;

/** A false statement candidates commonly make about the question, and what is true instead. */
export const ZWrongClaimSchema = z.object({
  /** The claim as a candidate would state it ("TCP preserves message boundaries"). */
  claim: z.string().min(1),
  /** One sentence saying what is true instead. */
  correction: z.string().min(1),
  /** Phrasings that match the false statement, in the key points' phrasing syntax. */
  evidence: z.array(z.string().min(1)).min(1),
});
export type WrongClaim = z.infer<typeof ZWrongClaimSchema>;

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
  /** Rows stored before wrong claims and full model answers existed parse with the defaults. */
  wrongClaims: z.array(ZWrongClaimSchema).default([]),
  /** A full answer a strong candidate would give; null when the question's author gave none. */
  modelAnswer: z.string().nullable().default(null),
  source: z.enum(["bank", "model"]),
  /**
   * The tests and reference solutions of a model-written coding question, checked in the sandbox before
   * it was asked. Absent or null for every other question: bank questions' specs are found by id (the
   * bank is the one source for them), and rows stored before model-written specs existed parse as they are.
   */
  executable: ZExecutableSpecSchema.nullish(),
});
export type InterviewQuestion = z.infer<typeof ZInterviewQuestionSchema>;

/** What a question may show once it is asked and graded (the report): everything but its tests. */
export const ZQuestionWithoutTestsSchema = ZInterviewQuestionSchema.omit({ executable: true });

export function withoutTests(question: InterviewQuestion): z.infer<typeof ZQuestionWithoutTestsSchema> {
  const { executable: _tests, ...shown } = question;
  return shown;
}
