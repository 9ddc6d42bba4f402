// The job description before any credit moves: the configured interviewer provider's analysis (the
// same call interview.create makes before spending), and what the new-interview page explains up
// front. Nothing here writes to the database.
import {
  difficultyForJobLevel,
  EngineError,
  MAX_JOB_DESCRIPTION_CHARS,
  PASSING_SCORE,
  resolveInterviewPlan,
  ZInterviewPlanInputSchema,
} from "@interviewer/engine";
import type { ApiDependencies } from "../context.ts";
import { DomainError } from "../errors.ts";
import { SCORE_BANDS } from "./score-guide.ts";

/**
 * The provider's analysis of `jobDescription`, and the difficulty "auto" would pick from it. Text the
 * analyzer refuses is the caller's to fix (BAD_REQUEST naming the field); any other failure is ours.
 */
export async function previewJobDescription(
  deps: Pick<ApiDependencies, "interviewer">,
  jobDescription: string,
  signal?: AbortSignal,
) {
  try {
    const { analysis } = await deps.interviewer.analyzeJobDescription(jobDescription, { signal });
    return { analysis, autoDifficulty: difficultyForJobLevel(analysis.level) };
  } catch (error) {
    if (error instanceof EngineError) {
      throw new DomainError("BAD_REQUEST", error.reason, error.message, {
        fieldErrors: { jobDescription: [error.message] },
      });
    }
    throw error;
  }
}

/** Static for a deployment: the length limit, "auto" without a job description, and the score scale. */
export function planningGuide() {
  // The plan the engine makes from no choices at all says what "auto" means without a job description.
  const defaults = resolveInterviewPlan(ZInterviewPlanInputSchema.parse({}), null);
  return {
    maxJobDescriptionChars: MAX_JOB_DESCRIPTION_CHARS,
    autoDifficultyWithoutJobDescription: defaults.difficulty,
    passingScore: PASSING_SCORE,
    scoreBands: [...SCORE_BANDS],
  };
}
