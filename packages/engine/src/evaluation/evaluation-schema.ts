// The shape of a graded answer, shared by every provider, plus the metadata saying who produced it.
// Score scale (also given to the model verbatim in SCORE_RUBRIC_TEXT):
//   7 is the passing bar; 8-10 only for complete, senior-quality answers; an unrelated or generic
//   answer gets at most 3; an empty answer at most 1.
import { z } from "zod";
import { shortenAtWord } from "../stored-text.ts";
import { ZDiagramEvaluationSchema } from "../whiteboard/diagram-evaluation-schema.ts";

export const PASSING_SCORE = 7;
export const OFF_TOPIC_MAX_SCORE = 3;
export const EMPTY_ANSWER_MAX_SCORE = 1;

export const SCORE_RUBRIC_TEXT = [
  "Score is an integer from 1 to 10.",
  "7 is the passing bar for the level: correct and reasonably complete.",
  "8-10 only for complete, senior-quality answers that cover the key points with depth and trade-offs.",
  "An unrelated, off-topic or generic answer scores at most 3.",
  "An empty or non-answer scores 1.",
].join(" ");

export const ZTokenUsageSchema = z.object({
  promptTokens: z.number().int().min(0),
  completionTokens: z.number().int().min(0),
  totalTokens: z.number().int().min(0),
  /** Model calls behind this result (2 when a validation retry happened). */
  calls: z.number().int().min(0),
});
export type TokenUsage = z.infer<typeof ZTokenUsageSchema>;

/** Who produced a result. Spread into every provider result so callers can log and bill by it. */
export const ZProviderMetaSchema = z.object({
  provider: z.enum(["builtin", "openai"]),
  /** Model name when a model produced the result. */
  model: z.string().nullable(),
  /** True when the configured provider failed and the built-in one produced this result instead. */
  fallback: z.boolean(),
  fallbackReason: z.string().nullable(),
  /** Token usage of the model calls, including failed attempts; null when no model was called. */
  usage: ZTokenUsageSchema.nullable(),
});
export type ProviderMeta = z.infer<typeof ZProviderMetaSchema>;

export const ZEvaluationFeedbackSchema = z.object({
  /** Two or three sentences of overall feedback; this is the text streamed while grading. */
  summary: z.string().min(1),
  strengths: z.array(z.string()),
  gaps: z.array(z.string()),
  /** The one most useful, specific thing to do better. */
  improvement: z.string().min(1),
});

export const ZFollowUpDecisionSchema = z.object({
  /** Ask a follow-up inside the same topic (only for partial answers). The state machine decides whether budget allows it. */
  ask: z.boolean(),
  question: z.string().nullable(),
});
export type FollowUpDecision = z.infer<typeof ZFollowUpDecisionSchema>;

const MAX_QUOTE_CHARS = 400;

/**
 * What the score rests on, in the candidate's own words: the sentence that earned each covered point,
 * each missed point (with how a strong answer puts it), each wrong claim quoted and corrected, and
 * sentences addressed to the grader (flagged, not graded). Evaluations stored before this existed
 * parse as empty.
 */
export const ZEvaluationEvidenceSchema = z.object({
  covered: z.array(z.object({ point: z.string().min(1), quote: z.string().min(1).max(MAX_QUOTE_CHARS) })).max(20),
  missed: z.array(z.object({ point: z.string().min(1), hint: z.string().max(MAX_QUOTE_CHARS).nullable() })).max(20),
  wrongClaims: z
    .array(z.object({ quote: z.string().min(1).max(MAX_QUOTE_CHARS), correction: z.string().min(1) }))
    .max(10),
  flagged: z.array(z.string().min(1).max(MAX_QUOTE_CHARS)).max(10),
});
export type EvaluationEvidence = z.infer<typeof ZEvaluationEvidenceSchema>;

export const NO_EVIDENCE: EvaluationEvidence = { covered: [], missed: [], wrongClaims: [], flagged: [] };

/** Cuts a quoted sentence to what the evidence schema holds, at a word boundary. */
export function shortQuote(text: string): string {
  return shortenAtWord(text, MAX_QUOTE_CHARS);
}

/** What a grader (model or built-in) decides; validated the same way for both. */
export const ZEvaluationVerdictSchema = z.object({
  feedback: ZEvaluationFeedbackSchema,
  score: z
    .number({ error: "score must be a number" })
    .int({ error: "score must be an integer" })
    .min(1, { error: "score must be at least 1" })
    .max(10, { error: "score must be at most 10" }),
  keyPointsCovered: z.array(z.string()),
  keyPointsMissed: z.array(z.string()),
  modelAnswerOutline: z.array(z.string()).min(1).max(10),
  followUp: ZFollowUpDecisionSchema,
  evidence: ZEvaluationEvidenceSchema.default(NO_EVIDENCE),
  /** The question's full model answer, shown once the answer is graded; null when there is none. */
  modelAnswer: z.string().nullable().default(null),
  /** What the structural grader found in the answer's diagram; absent for answers without one. */
  diagram: ZDiagramEvaluationSchema.optional(),
});
export type EvaluationVerdict = z.infer<typeof ZEvaluationVerdictSchema>;

export const ZAnswerEvaluationSchema = ZEvaluationVerdictSchema.extend(ZProviderMetaSchema.shape);
export type AnswerEvaluation = z.infer<typeof ZAnswerEvaluationSchema>;

/**
 * What `streamEvaluation` yields:
 * - `feedback`: the next piece of the feedback summary text, in order;
 * - `reset`: throw away the feedback text shown so far (a model answer failed validation and is being
 *   retried, or the built-in evaluator took over); new `feedback` pieces follow;
 * - `result`: the final, validated evaluation — always the last event, equal to what `evaluateAnswer` returns.
 */
export type EvaluationStreamEvent =
  | { type: "feedback"; text: string }
  | { type: "reset"; reason: string }
  | { type: "result"; evaluation: AnswerEvaluation };
