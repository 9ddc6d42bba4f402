// resume.*: the viewer's own résumé — upload (parse offline, analyse, store the text and analysis,
// replacing any earlier one), read, edit the analysis, delete. There is no résumé id in any input: every
// procedure acts on the signed-in user's row, so another user's résumé cannot even be named.
// - An upload is checked, sniffed, parsed and analysed before anything is written; any failure throws
//   a typed error (resume-errors.ts) and changes nothing. The file's bytes are not kept.
// - Each procedure is one statement after authentication.
import { deleteResume, findResume, updateResumeAnalysis, upsertResume } from "@interviewer/db";
import { analyzeResume, normalizeResumeAnalysis, type ResumeAnalysis } from "@interviewer/engine";
import type { Viewer } from "../auth/viewer.ts";
import type { ApiDependencies } from "../context.ts";
import { resumeViewFrom } from "./codec.ts";
import { extractResumeText, tooLargeError } from "./extract-resume-text.ts";
import { resumeError } from "./resume-errors.ts";
import { RESUME_MAX_BASE64_CHARS } from "./resume-limits.ts";

type ResumeDeps = Pick<ApiDependencies, "db" | "clock">;

export async function uploadResume(
  deps: ResumeDeps,
  viewer: Viewer,
  input: { fileName: string; contentBase64: string },
) {
  if (input.contentBase64.length > RESUME_MAX_BASE64_CHARS) throw tooLargeError();
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, "base64"));
  const extracted = await extractResumeText(bytes);
  const now = deps.clock.now();
  const analysis = analyzeResume(extracted.text, { currentYear: now.getUTCFullYear() });
  const row = await upsertResume(deps.db, {
    userId: viewer.userId,
    fileName: input.fileName,
    mediaType: extracted.mediaType,
    byteSize: bytes.length,
    text: extracted.text,
    analysis,
    now,
  });
  return resumeViewFrom(row);
}

export async function readResume(deps: ResumeDeps, viewer: Viewer) {
  const row = await findResume(deps.db, { userId: viewer.userId });
  return row ? resumeViewFrom(row) : null;
}

/** Replaces the analysis with the candidate's edit; technology ids are re-read from the names. */
export async function editResumeAnalysis(deps: ResumeDeps, viewer: Viewer, input: { analysis: ResumeAnalysis }) {
  const row = await updateResumeAnalysis(deps.db, {
    userId: viewer.userId,
    analysis: normalizeResumeAnalysis(input.analysis),
    now: deps.clock.now(),
  });
  if (!row) throw noResumeError();
  return resumeViewFrom(row);
}

/** Idempotent: deleting when there is no résumé says so and succeeds. */
export async function removeResume(deps: ResumeDeps, viewer: Viewer) {
  return { deleted: await deleteResume(deps.db, { userId: viewer.userId }) };
}

export function noResumeError() {
  return resumeError("RESUME_NOT_FOUND", "You have not uploaded a résumé yet. Upload one on your résumé page first.");
}
