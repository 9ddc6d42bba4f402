// Input and output schemas of resume.*, named for their procedures; the types flow to every client.
// The analysis is the engine's ZResumeAnalysisSchema both ways: what the API shows is what a candidate
// edits and sends back.
import { RESUME_MEDIA_TYPES } from "@interviewer/db";
import { storedText, ZResumeAnalysisSchema } from "@interviewer/engine";
import { z } from "zod";
import { RESUME_FILE_NAME_MAX_CHARS, RESUME_MAX_BASE64_CHARS } from "./resume-limits.ts";

export const ZUploadResumeRequestSchema = z.object({
  /** Shown on the résumé page; never used to decide the file's type. */
  fileName: storedText({ error: "Give the file's name." })
    .trim()
    .min(1, { error: "Give the file's name." })
    .max(RESUME_FILE_NAME_MAX_CHARS, { error: `Keep the file name to ${RESUME_FILE_NAME_MAX_CHARS} characters.` }),
  /** What the browser says the file is; informational: the type is read from the bytes. */
  mediaType: z.string().max(200, { error: "Not a media type." }).default(""),
  /**
   * The file's bytes in base64. The bound here is a backstop (a little over the 2 MB file limit, so a
   * slightly larger file gets the clearer RESUME_TOO_LARGE from the service); the HTTP server refuses
   * larger bodies before reading them.
   */
  contentBase64: z
    .base64({ error: "The file must be sent as base64." })
    .min(1, { error: "The file is empty." })
    .max(RESUME_MAX_BASE64_CHARS * 2, { error: "Your résumé file is too large." }),
});

export const ZResumeSchema = z.object({
  fileName: z.string(),
  /** The type read from the file's bytes. */
  mediaType: z.enum(RESUME_MEDIA_TYPES),
  byteSize: z.number().int(),
  uploadedAt: z.date(),
  analysis: ZResumeAnalysisSchema,
  /** When the candidate last edited the analysis; null: as extracted. */
  analysisEditedAt: z.date().nullable(),
});

/** The viewer's résumé, or null when they have none. */
export const ZGetResumeResponseSchema = ZResumeSchema.nullable();

export const ZUpdateResumeAnalysisRequestSchema = z.object({ analysis: ZResumeAnalysisSchema });

export const ZDeleteResumeResponseSchema = z.object({
  /** false: there was nothing to delete (deleting is idempotent). */
  deleted: z.boolean(),
});
