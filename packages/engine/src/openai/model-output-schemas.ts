// What we ask the model to return, as zod schemas. They are written for OpenAI strict structured
// outputs: every property required (nullable instead of optional), no unions at the root.
// `summary` comes first in the evaluation so it is generated — and streamed — first.
// Every string and list has an upper bound, so one reply stays small whatever the model writes.
import { z } from "zod";
import { ZComparisonSchema } from "../code/code-execution.ts";
import { TECH_CATEGORIES } from "../job-description/analysis-schema.ts";
import { ZJobLevelSchema } from "../topics.ts";

export const ZModelEvaluationSchema = z.object({
  summary: z.string().min(1).describe("Two or three sentences of overall feedback addressed to the candidate."),
  score: z.number().int().min(1).max(10),
  strengths: z.array(z.string()),
  gaps: z.array(z.string()),
  improvement: z.string().min(1).describe("The single most useful, specific improvement."),
  keyPointsCovered: z.array(z.string()),
  keyPointsMissed: z.array(z.string()),
  evidence: z.object({
    covered: z
      .array(
        z.object({
          point: z.string().min(1).describe("The key point's label."),
          quote: z.string().min(1).describe("The candidate's sentence that earned it, copied exactly from the answer."),
        }),
      )
      .max(20),
    missed: z
      .array(
        z.object({
          point: z.string().min(1).describe("The key point's label."),
          hint: z.string().nullable().describe("How a strong answer states it, in one sentence; never a keyword list."),
        }),
      )
      .max(20),
    wrongClaims: z
      .array(
        z.object({
          quote: z.string().min(1).describe("The candidate's incorrect sentence, copied exactly from the answer."),
          correction: z.string().min(1).describe("What is true instead, in one sentence."),
        }),
      )
      .max(10),
  }),
  modelAnswerOutline: z.array(z.string()).min(1).max(8),
  followUp: z.object({
    ask: z.boolean().describe("True only when the answer was partial and one follow-up would reveal more."),
    question: z.string().nullable(),
  }),
});
export type ModelEvaluation = z.infer<typeof ZModelEvaluationSchema>;

export const ZModelQuestionSchema = z.object({
  text: z.string().min(10),
  keyPoints: z
    .array(
      z.object({
        label: z.string().min(1),
        evidence: z
          .array(z.string().min(1))
          .min(1)
          .describe("Short lower-case phrasings (2-4 words each) a correct statement of the point contains."),
      }),
    )
    .min(3)
    .max(7),
  wrongClaims: z
    .array(
      z.object({
        claim: z.string().min(1).describe("A false statement candidates commonly make about this question."),
        correction: z.string().min(1).describe("What is true instead, in one sentence."),
        evidence: z.array(z.string().min(1)).min(1).describe("Short lower-case phrasings of the false statement."),
      }),
    )
    .max(5),
  modelAnswer: z.string().min(1).describe("A full answer a strong candidate would give, 120-250 words."),
  modelAnswerOutline: z.array(z.string().min(1)).min(2).max(8),
});
export type ModelQuestion = z.infer<typeof ZModelQuestionSchema>;

/** A name both JavaScript and Python accept (the sandbox refuses anything else). */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** One string per runnable language: strict structured outputs have no records, so the keys are spelled out. */
function perLanguage(text: z.ZodString) {
  return z.object({ javascript: text, typescript: text, python: text });
}

/**
 * Strict structured outputs cannot say "any JSON value", so a test's arguments and expected value
 * come as JSON text; this parses them, or says what is wrong in words the validation retry feeds back.
 */
export function parseModelTestValues(
  test: Pick<ModelTestCase, "args" | "expected">,
): { ok: true; args: unknown[]; expected: unknown } | { ok: false; error: string } {
  let args: unknown;
  let expected: unknown;
  try {
    args = JSON.parse(test.args);
  } catch {
    return { ok: false, error: "args is not valid JSON" };
  }
  if (!Array.isArray(args)) return { ok: false, error: "args must be a JSON array of arguments" };
  try {
    expected = JSON.parse(test.expected);
  } catch {
    return { ok: false, error: "expected is not valid JSON" };
  }
  return { ok: true, args, expected };
}

const ZModelTestCaseSchema = z
  .object({
    name: z.string().min(1).max(80).describe('What the case checks, in words ("empty input"), never its values.'),
    args: z
      .string()
      .min(2)
      .max(2_000)
      .describe(
        'The arguments as a JSON array, e.g. "[[2,7,11,15],9]". For a class: a JSON array of calls, the first ["new", ...constructorArgs], then ["methodName", ...args].',
      ),
    expected: z
      .string()
      .min(1)
      .max(2_000)
      .describe(
        'The expected return value as JSON, e.g. "[0,1]". For a class: a JSON array with one result per call, null for the constructor and for methods that return nothing.',
      ),
  })
  .superRefine((test, context) => {
    const parsed = parseModelTestValues(test);
    if (!parsed.ok) context.addIssue({ code: "custom", message: parsed.error });
  });
export type ModelTestCase = z.infer<typeof ZModelTestCaseSchema>;

export const ZModelExecutableSpecSchema = z.object({
  kind: z
    .enum(["function", "class"])
    .describe("function: the candidate writes one function. class: a class whose methods the tests call in turn."),
  entryPoint: perLanguage(z.string().min(1).max(60).regex(IDENTIFIER)).describe(
    "The function or class name per language: camelCase in JavaScript and TypeScript, snake_case for a Python function; a class keeps its name.",
  ),
  starterCode: perLanguage(z.string().min(1).max(3_000)).describe(
    "The signature with an empty body, and a comment saying what it returns.",
  ),
  comparison: ZComparisonSchema.describe(
    "exact: deep equality; unordered: a returned array in any order; unordered-nested: arrays of arrays in any order at both levels; float: numbers within 1e-6.",
  ),
  examples: z.array(ZModelTestCaseSchema).min(1).max(5).describe("Shown to the candidate."),
  hiddenTests: z
    .array(ZModelTestCaseSchema)
    .min(3)
    .max(20)
    .describe("Run on submit, never shown: edge cases included (empty input, one element, duplicates, limits)."),
  referenceSolutions: perLanguage(z.string().min(1).max(8_000)).describe(
    "A correct, complete solution per language that passes every example and hidden test.",
  ),
});
export type ModelExecutableSpec = z.infer<typeof ZModelExecutableSpecSchema>;

/** A coding question with the tests that make it run (see model-written-question.ts). */
export const ZModelCodingQuestionSchema = ZModelQuestionSchema.extend({ executable: ZModelExecutableSpecSchema });
export type ModelCodingQuestion = z.infer<typeof ZModelCodingQuestionSchema>;

export const ZModelJobDescriptionAnalysisSchema = z.object({
  level: ZJobLevelSchema,
  levelEvidence: z.array(z.string()),
  yearsOfExperienceStatements: z.array(z.string()).describe("Copied verbatim from the job description."),
  domain: z.string().min(1),
  techStack: z.array(z.object({ name: z.string().min(1), category: z.enum(TECH_CATEGORIES) })),
  keyResponsibilities: z.array(z.string()).max(5),
  keyQualifications: z.array(z.string()).max(5),
});
export type ModelJobDescriptionAnalysis = z.infer<typeof ZModelJobDescriptionAnalysisSchema>;

/** The interviewer's reply to a clarifying question, or a hint (interview.ask); checked before it is shown. */
export const ZModelAssistSchema = z.object({
  reply: z
    .string()
    .min(1)
    .max(1_200)
    .describe("What the interviewer says: a few sentences, never the solution or the key points of a strong answer."),
});
export type ModelAssist = z.infer<typeof ZModelAssistSchema>;
