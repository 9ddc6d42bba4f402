// Inputs and outputs of the interview procedures, named for the procedure. The plan, question,
// evaluation and report schemas are the engine's own; status columns use the database's value lists,
// so a client's types come from the same source as the row's.
import {
  INTERVIEW_END_REASONS,
  INTERVIEW_PROVIDERS,
  INTERVIEW_STATUSES,
  TURN_EVALUATION_STATUSES,
} from "@interviewer/db";
import {
  MAX_ANSWER_CHARS,
  RUNNABLE_LANGUAGES,
  storedText,
  ZAnswerEvaluationSchema,
  ZCodeRunResultSchema,
  ZCodeTestCaseSchema,
  ZExecutableSpecSchema,
  ZInterviewPlanInputSchema,
  ZInterviewPlanSchema,
  ZInterviewQuestionSchema,
  ZInterviewReportSchema,
  ZQuestionDifficultySchema,
  ZRunnableLanguageSchema,
  ZTopicIdSchema,
} from "@interviewer/engine";
import { z } from "zod";

export const ZCreateInterviewRequestSchema = ZInterviewPlanInputSchema;

export const ZInterviewIdRequestSchema = z.object({ interviewId: z.uuid({ error: "Not a valid interview id." }) });

export const ZTurnRequestSchema = ZInterviewIdRequestSchema.extend({
  turnId: z.uuid({ error: "Not a valid question id." }),
});

const ZCodeLanguageSchema = z.enum(RUNNABLE_LANGUAGES, {
  error: "Only JavaScript, TypeScript and Python code runs; other languages are graded by reading.",
});

export const ZAnswerRequestSchema = ZTurnRequestSchema.extend({
  answer: storedText().max(MAX_ANSWER_CHARS, {
    error: `Answers are at most ${MAX_ANSWER_CHARS.toLocaleString("en")} characters.`,
  }),
  /**
   * The language the answer's code is written in, when it is one that runs: the answer is then the
   * code, and submitting it to a question with tests runs the hidden tests once. Without it (or on a
   * question without tests) the answer is graded by reading, as any other.
   */
  language: ZCodeLanguageSchema.optional(),
});

export const ZRunCodeRequestSchema = ZTurnRequestSchema.extend({
  language: ZCodeLanguageSchema,
  code: storedText()
    .min(1, { error: "Write some code to run." })
    .max(MAX_ANSWER_CHARS, { error: `Code is at most ${MAX_ANSWER_CHARS.toLocaleString("en")} characters.` }),
});

export const ZCodeRunResponseSchema = ZCodeRunResultSchema;

/** A question whose code runs: the languages, the starter code and the visible examples (never hidden tests). */
const ZRunnableCodeSchema = z.object({
  languages: z.array(ZRunnableLanguageSchema),
  starterCode: ZExecutableSpecSchema.shape.starterCode,
  examples: z.array(ZCodeTestCaseSchema),
});

export const ZListInterviewsRequestSchema = z
  .object({
    limit: z.number().int().min(1).max(50).default(20),
    cursor: z.uuid().optional(),
  })
  .default({ limit: 20 });

const ZInterviewStatusSchema = z.enum(INTERVIEW_STATUSES);
const ZEndReasonSchema = z.enum(INTERVIEW_END_REASONS).nullable();
const ZQuestionKindSchema = ZInterviewQuestionSchema.shape.kind;

/** What clients see of an interview (get, create, submitAnswer, pause, resume, abandon, retryQuestion). */
export const ZInterviewViewResponseSchema = z.object({
  id: z.string(),
  status: ZInterviewStatusSchema,
  endReason: ZEndReasonSchema,
  plan: ZInterviewPlanSchema,
  provider: z.enum(INTERVIEW_PROVIDERS),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  timeLeftMs: z.number().nullable(),
  progress: z.object({
    topicIndex: z.number().int().nullable(),
    topicCount: z.number().int(),
    topic: ZTopicIdSchema.nullable(),
    topicLabel: z.string().nullable(),
    questionIndex: z.number().int().nullable(),
    questionsPerTopic: z.number().int(),
    answered: z.number().int(),
    total: z.number().int(),
  }),
  currentQuestion: z
    .object({
      turnId: z.string(),
      position: z.number().int(),
      text: z.string(),
      topic: ZTopicIdSchema,
      kind: ZQuestionKindSchema,
      attempt: z.number().int(),
      isCoding: z.boolean(),
      answer: z.string().nullable(),
      evaluationStatus: z.enum(TURN_EVALUATION_STATUSES),
      /** Null: the question is graded by reading (no language runs for it). */
      runnable: ZRunnableCodeSchema.nullable(),
      /** The hidden tests' result once a coding answer that runs was submitted. */
      codeResult: ZCodeRunResultSchema.nullable(),
    })
    .nullable(),
  lastEvaluation: z
    .object({
      turnId: z.string(),
      questionText: z.string(),
      attempt: z.number().int(),
      evaluation: ZAnswerEvaluationSchema.nullable(),
      codeResult: ZCodeRunResultSchema.nullable(),
      canRetry: z.boolean(),
    })
    .nullable(),
  overallPercent: z.number().nullable(),
  report: ZInterviewReportSchema.nullable(),
});
export type InterviewView = z.infer<typeof ZInterviewViewResponseSchema>;

export const ZAnswerResponseSchema = z.object({
  evaluation: ZAnswerEvaluationSchema,
  interview: ZInterviewViewResponseSchema,
});

export const ZListInterviewsResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      status: ZInterviewStatusSchema,
      endReason: ZEndReasonSchema,
      difficulty: ZQuestionDifficultySchema,
      topics: z.array(z.string()),
      overallPercent: z.number().nullable(),
      createdAt: z.date(),
      endedAt: z.date().nullable(),
    }),
  ),
  nextCursor: z.string().optional(),
});

export const ZTranscriptResponseSchema = z.object({
  interviewId: z.string(),
  plan: ZInterviewPlanSchema,
  status: ZInterviewStatusSchema,
  turns: z.array(
    z.object({
      turnId: z.string(),
      position: z.number().int(),
      topic: ZTopicIdSchema,
      topicLabel: z.string(),
      kind: ZQuestionKindSchema,
      attempt: z.number().int(),
      question: z.string(),
      answer: z.string().nullable(),
      answeredAt: z.date().nullable(),
      evaluation: ZAnswerEvaluationSchema.nullable(),
      /** The hidden tests' result for a coding answer whose code ran (verdicts by test name, no inputs). */
      codeResult: ZCodeRunResultSchema.nullable(),
    }),
  ),
});

export const ZReportResponseSchema = z.object({
  interviewId: z.string(),
  status: ZInterviewStatusSchema,
  endReason: ZEndReasonSchema,
  endedAt: z.date().nullable(),
  report: ZInterviewReportSchema,
});

export const ZExportMarkdownResponseSchema = z.object({ filename: z.string(), markdown: z.string() });

/** One event of interview.evaluation (validated event by event: tRPC's .output() cannot see into a stream). */
export const ZEvaluationEventResponseSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("feedback"), text: z.string() }),
  z.object({ type: z.literal("reset"), reason: z.string() }),
  z.object({ type: z.literal("result"), evaluation: ZAnswerEvaluationSchema }),
]);
