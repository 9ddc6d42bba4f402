// Inputs of the interview procedures, named for the procedure. The plan schema is the engine's own.
import { MAX_ANSWER_CHARS, storedText, ZInterviewPlanInputSchema } from "@interviewer/engine";
import { z } from "zod";

export const ZCreateInterviewRequestSchema = ZInterviewPlanInputSchema;

export const ZInterviewIdRequestSchema = z.object({ interviewId: z.uuid({ error: "Not a valid interview id." }) });

export const ZTurnRequestSchema = ZInterviewIdRequestSchema.extend({
  turnId: z.uuid({ error: "Not a valid question id." }),
});

export const ZAnswerRequestSchema = ZTurnRequestSchema.extend({
  answer: storedText().max(MAX_ANSWER_CHARS, {
    error: `Answers are at most ${MAX_ANSWER_CHARS.toLocaleString("en")} characters.`,
  }),
});

export const ZListInterviewsRequestSchema = z
  .object({
    limit: z.number().int().min(1).max(50).default(20),
    cursor: z.uuid().optional(),
  })
  .default({ limit: 20 });
