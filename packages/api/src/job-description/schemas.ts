// Inputs and outputs of jobDescription.*, named for the procedure. The analysis is the engine's own
// schema, and the length limit is the one interview.create applies, so a text the preview accepts is
// one that can start an interview.
import {
  MAX_JOB_DESCRIPTION_CHARS,
  storedText,
  ZJobDescriptionAnalysisSchema,
  ZQuestionDifficultySchema,
} from "@interviewer/engine";
import { z } from "zod";

export const ZPreviewJobDescriptionRequestSchema = z.object({
  jobDescription: storedText({ error: "Job description must be text." })
    .max(MAX_JOB_DESCRIPTION_CHARS, {
      error: `Job description is too long (at most ${MAX_JOB_DESCRIPTION_CHARS.toLocaleString("en")} characters).`,
    })
    // Refused here rather than by the analyzer, so an empty preview never counts against the limits.
    .refine((text) => text.trim().length > 0, { error: "The job description is empty. Paste the text of the job ad." }),
});

export const ZPreviewJobDescriptionResponseSchema = z.object({
  analysis: ZJobDescriptionAnalysisSchema,
  /** The difficulty an interview planned with difficulty "auto" and this text would get. */
  autoDifficulty: ZQuestionDifficultySchema,
});

const ZScoreBandSchema = z.object({
  /** "1-3", "7", "8-10": how the band is written on the page. */
  range: z.string(),
  min: z.number().int(),
  max: z.number().int(),
  meaning: z.string(),
});
export type ScoreBand = z.infer<typeof ZScoreBandSchema>;

export const ZPlanningGuideResponseSchema = z.object({
  maxJobDescriptionChars: z.number().int(),
  /** What "auto" difficulty resolves to when no job description is given. */
  autoDifficultyWithoutJobDescription: ZQuestionDifficultySchema,
  passingScore: z.number().int(),
  scoreBands: z.array(ZScoreBandSchema),
});
