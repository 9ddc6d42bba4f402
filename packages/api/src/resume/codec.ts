// The one place résumé rows and interview snapshots become typed values: the analysis jsonb is parsed
// with the engine's schema, so a row that drifted fails here rather than deep in question writing.
import type { ResumeMediaType } from "@interviewer/db";
import { type ResumeAnalysis, ZResumeAnalysisSchema } from "@interviewer/engine";

export function decodeResumeAnalysis(raw: unknown): ResumeAnalysis {
  return ZResumeAnalysisSchema.parse(raw);
}

/** An interview's résumé snapshot (interviews.resume_analysis): null when it was not tailored. */
export function decodeResumeSnapshot(raw: unknown): ResumeAnalysis | null {
  return raw === null || raw === undefined ? null : ZResumeAnalysisSchema.parse(raw);
}

/** A résumé row (without its text) as resume.get and the other procedures answer it. */
export function resumeViewFrom(row: {
  fileName: string;
  mediaType: ResumeMediaType;
  byteSize: number;
  analysis: unknown;
  analysisEditedAt: Date | null;
  createdAt: Date;
}) {
  return {
    fileName: row.fileName,
    mediaType: row.mediaType,
    byteSize: row.byteSize,
    uploadedAt: row.createdAt,
    analysis: decodeResumeAnalysis(row.analysis),
    analysisEditedAt: row.analysisEditedAt,
  };
}
