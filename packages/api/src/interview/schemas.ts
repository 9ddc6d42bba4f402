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
  MAX_CODE_LANGUAGE_LABEL_CHARS,
  RUNNABLE_LANGUAGES,
  storedText,
  ZAnswerEvaluationSchema,
  ZClarifyingQuestionSchema,
  ZCodeRunResultSchema,
  ZCodeTestCaseSchema,
  ZDeliveryMetricsSchema,
  ZExecutableSpecSchema,
  ZInterviewPlanInputSchema,
  ZInterviewPlanSchema,
  ZInterviewQuestionSchema,
  ZInterviewReportSchema,
  ZQuestionDifficultySchema,
  ZRunnableLanguageSchema,
  ZStoredWhiteboardSceneSchema,
  ZTopicIdSchema,
  ZTurnAssistSchema,
} from "@interviewer/engine";
import { z } from "zod";
import { ZSpokenAnswerSchema } from "../voice/schemas.ts";
import { MAX_DIAGRAM_INPUT_CHARS } from "./answer-diagram.ts";
import { toAnswerSubmission } from "./answer-submission.ts";

export const ZCreateInterviewRequestSchema = ZInterviewPlanInputSchema.extend({
  /**
   * Tailor the interview to the viewer's résumé: its analysis is copied into the interview when it is
   * created (later edits or deletion do not change it). RESUME_NOT_FOUND when they have none.
   */
  useResume: z.boolean({ error: "useResume must be true or false." }).default(false),
  /** Voice mode: questions read aloud and answers spoken (switchable per question in the web app). */
  voice: z.boolean({ error: "voice must be true or false." }).default(false),
});

export const ZInterviewIdRequestSchema = z.object({ interviewId: z.uuid({ error: "Not a valid interview id." }) });

export const ZTurnRequestSchema = ZInterviewIdRequestSchema.extend({
  turnId: z.uuid({ error: "Not a valid question id." }),
});

const ZCodeLanguageSchema = z.enum(RUNNABLE_LANGUAGES, {
  error: "Only JavaScript, TypeScript and Python code runs; other languages are graded by reading.",
});

/**
 * Code written beside (or instead of) the prose: the editor's language label ("Python", "SQL",
 * "Pseudo-code", …) and the source. It runs against a coding question's hidden tests when the label names
 * a language that runs (see codeRuntimeOf); any other label is graded by reading, like prose.
 */
export const ZAnswerCodeSchema = z.object({
  language: storedText({ error: "The code's language must be text." })
    .trim()
    .min(1, { error: "Name the code's language." })
    .max(MAX_CODE_LANGUAGE_LABEL_CHARS, {
      error: `The code's language name is too long (${MAX_CODE_LANGUAGE_LABEL_CHARS} characters at most).`,
    }),
  source: storedText()
    .min(1, { error: "The code is empty: write some code, or remove the code block." })
    .max(MAX_ANSWER_CHARS, { error: `Code is at most ${MAX_ANSWER_CHARS.toLocaleString("en")} characters.` }),
});

export const ZAnswerRequestSchema = ZTurnRequestSchema.extend({
  /** The prose of the answer; may be "" when `code` is given. */
  answer: storedText().max(MAX_ANSWER_CHARS, {
    error: `Answers are at most ${MAX_ANSWER_CHARS.toLocaleString("en")} characters.`,
  }),
  /**
   * Legacy: the language the answer's code is written in, when it is one that runs: the whole answer
   * is then the code, and submitting it to a question with tests runs the hidden tests once. Without it
   * (or on a question without tests) the answer is graded by reading, as any other.
   */
  language: ZCodeLanguageSchema.optional(),
  /** Code with its editor language; the stored answer is the prose followed by a fenced block of it. */
  code: ZAnswerCodeSchema.optional(),
  /**
   * A whiteboard drawn with the answer: the Excalidraw scene as a JSON string, at most 512 KB
   * (WHITEBOARD_LIMITS.maxSceneBytes); refused with DIAGRAM_TOO_LARGE or DIAGRAM_INVALID before
   * anything is stored (answer-diagram.ts). With at least one component, `answer` may be "".
   */
  diagram: z
    .string({ error: "The whiteboard must be sent as the scene's JSON text." })
    .max(MAX_DIAGRAM_INPUT_CHARS, { error: "The whiteboard is far too large to be a drawing." })
    .optional(),
  /**
   * The answer was spoken: a recording from voice.transcribe, or the browser's own timings. The text
   * above is the final (corrected) transcript; delivery metrics are computed from it and stored.
   */
  spoken: ZSpokenAnswerSchema.optional(),
}).transform(({ interviewId, turnId, spoken, ...answer }, ctx) => {
  const submission = toAnswerSubmission(answer);
  if ("refused" in submission) {
    ctx.issues.push({ code: "custom", message: submission.refused, path: ["answer"], input: answer.answer });
    return z.NEVER;
  }
  return { interviewId, turnId, submission, spoken };
});

/** interview.skipQuestion: the open question, skipped ("I don't know"). */
export const ZSkipQuestionRequestSchema = ZTurnRequestSchema;

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

const ZTurnEvaluationStatusSchema = z.enum(TURN_EVALUATION_STATUSES);

/** How many hints and clarifying questions a question has had, and how many are left. */
const ZAssistCountsSchema = z.object({
  hintsUsed: z.number().int(),
  hintsLeft: z.number().int(),
  clarificationsUsed: z.number().int(),
  clarificationsLeft: z.number().int(),
  /** The highest score the answer can get after the hints taken (10 with none). */
  scoreCeiling: z.number().int(),
  /** What the ceiling becomes with one more hint; null when none is left. */
  ceilingAfterNextHint: z.number().int().nullable(),
});

/**
 * interview.ask: a clarifying question about the open question, or its next hint. Neither uses up
 * the question or a credit; hints lower the score's ceiling (the feedback says so).
 */
export const ZAskRequestSchema = z.discriminatedUnion("kind", [
  ZTurnRequestSchema.extend({ kind: z.literal("clarification"), question: ZClarifyingQuestionSchema }),
  ZTurnRequestSchema.extend({ kind: z.literal("hint") }),
]);

/** An earlier turn of a live interview, for the conversation thread. */
const ZThreadTurnSchema = z.object({
  turnId: z.string(),
  position: z.number().int(),
  topic: ZTopicIdSchema,
  topicLabel: z.string(),
  kind: ZQuestionKindSchema,
  attempt: z.number().int(),
  question: z.string(),
  /** The stored answer (prose and fenced code); "" when skipped; null when it was never answered. */
  answer: z.string().nullable(),
  skipped: z.boolean(),
  evaluationStatus: ZTurnEvaluationStatusSchema,
  score: z.number().int().nullable(),
  evaluation: ZAnswerEvaluationSchema.nullable(),
  codeResult: ZCodeRunResultSchema.nullable(),
  /** Clarifying questions and hints asked inside the question, oldest first. */
  assists: z.array(ZTurnAssistSchema),
  /** How a spoken answer came across (pace, fillers, pauses, length, story arc); null when typed. */
  delivery: ZDeliveryMetricsSchema.nullable(),
  /** The whiteboard drawn with the answer (the candidate's own scene, for read-only display); null: none. */
  diagram: ZStoredWhiteboardSceneSchema.nullable(),
});
export type ThreadTurn = z.infer<typeof ZThreadTurnSchema>;

/** What clients see of an interview (get, create, submitAnswer, skipQuestion, pause, resume, abandon, retryQuestion). */
export const ZInterviewViewResponseSchema = z.object({
  id: z.string(),
  status: ZInterviewStatusSchema,
  endReason: ZEndReasonSchema,
  plan: ZInterviewPlanSchema,
  provider: z.enum(INTERVIEW_PROVIDERS),
  /** Voice mode chosen at creation: the web app reads questions aloud and records answers. */
  voice: z.boolean(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  timeLeftMs: z.number().nullable(),
  progress: z.object({
    topicIndex: z.number().int().nullable(),
    topicCount: z.number().int(),
    topic: ZTopicIdSchema.nullable(),
    topicLabel: z.string().nullable(),
    /** 0-based slot among the topic's planned questions of the open question (a follow-up: its parent's). */
    questionIndex: z.number().int().nullable(),
    /** 1-based number of the open planned question (a follow-up: its parent's) in the whole interview. */
    questionNumber: z.number().int().nullable(),
    questionsPerTopic: z.number().int(),
    /** Planned questions answered (or skipped); retries and follow-ups are not counted. */
    answered: z.number().int(),
    /** Planned questions: topics × questions per topic. Follow-ups are extras on top. */
    total: z.number().int(),
  }),
  /** Every turn but the open one, in order: the conversation so far. */
  thread: z.array(ZThreadTurnSchema),
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
      skipped: z.boolean(),
      evaluationStatus: ZTurnEvaluationStatusSchema,
      /** Null: the question is graded by reading (no language runs for it). */
      runnable: ZRunnableCodeSchema.nullable(),
      /** The hidden tests' result once a coding answer that runs was submitted. */
      codeResult: ZCodeRunResultSchema.nullable(),
      /** The whiteboard submitted with the answer (while it is evaluated); null: none yet. */
      diagram: ZStoredWhiteboardSceneSchema.nullable(),
      /** Clarifying questions and hints asked so far (interview.ask), oldest first, and what is left. */
      assists: z.array(ZTurnAssistSchema),
      assistCounts: ZAssistCountsSchema,
      /** On a retry (attempt > 1): the first attempt of the same question and its evaluation. */
      firstAttempt: z
        .object({
          turnId: z.string(),
          answer: z.string().nullable(),
          skipped: z.boolean(),
          score: z.number().int().nullable(),
          evaluation: ZAnswerEvaluationSchema.nullable(),
        })
        .nullable(),
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
      /** How the answer came across when it was spoken; null when typed. */
      delivery: ZDeliveryMetricsSchema.nullable(),
    })
    .nullable(),
  overallPercent: z.number().nullable(),
  report: ZInterviewReportSchema.nullable(),
});
export type InterviewView = z.infer<typeof ZInterviewViewResponseSchema>;

export const ZAskResponseSchema = z.object({
  /** The clarifying question with the interviewer's reply, or the hint, as stored. */
  assist: ZTurnAssistSchema,
  counts: ZAssistCountsSchema,
  interview: ZInterviewViewResponseSchema,
});

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
      /** Clarifying questions and hints asked inside the question, oldest first. */
      assists: z.array(ZTurnAssistSchema),
      /** How a spoken answer came across; null when typed. */
      delivery: ZDeliveryMetricsSchema.nullable(),
      /** The whiteboard drawn with the answer; the structural notes are in evaluation.diagram. */
      diagram: ZStoredWhiteboardSceneSchema.nullable(),
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
