// The one place share-link rows become typed values: the status a link is in at a given time, and the
// title of the interview it shows (the dashboard's own rule, from what packages/db's list picks out of
// the stored plan and job analysis).
import { ZJobLevelSchema, ZQuestionDifficultySchema } from "@interviewer/engine";
import { z } from "zod";
import { interviewTitle } from "../dashboard/interview-title.ts";
import type { SHARE_STATUSES } from "./schemas.ts";

export type ShareStatus = (typeof SHARE_STATUSES)[number];

export function shareStatus(link: { expiresAt: Date | null; revokedAt: Date | null }, now: Date): ShareStatus {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "live";
}

const ZListedShareRowSchema = z.object({
  id: z.string(),
  tokenPrefix: z.string(),
  interviewId: z.string(),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  interviewCreatedAt: z.date(),
  jobTitleLine: z.string().nullable(),
  // A job analysis stored by an older analyzer may name a level this one no longer knows: no title from it.
  jobLevel: ZJobLevelSchema.nullable().catch(null),
  jobDomain: z.string().nullable(),
  difficulty: ZQuestionDifficultySchema,
});

/** One row of packages/db listReportShares as the owner's list shows it. */
export function listedShareFrom(raw: unknown, now: Date) {
  const row = ZListedShareRowSchema.parse(raw);
  return {
    id: row.id,
    tokenPrefix: row.tokenPrefix,
    interviewId: row.interviewId,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    status: shareStatus(row, now),
    interviewCreatedAt: row.interviewCreatedAt,
    interviewTitle: interviewTitle({
      jobTitleLine: row.jobTitleLine,
      jobLevel: row.jobLevel,
      jobDomain: row.jobDomain,
      difficulty: row.difficulty,
    }),
  };
}

/** The shared report's title: the role from the job description's first line, else the level. */
export function sharedReportTitle(plan: {
  jobDescription: string | null;
  difficulty: z.infer<typeof ZQuestionDifficultySchema>;
}) {
  const firstLine = plan.jobDescription?.trim().split("\n", 1)[0]?.slice(0, 160) ?? null;
  return interviewTitle({ jobTitleLine: firstLine, jobLevel: null, jobDomain: null, difficulty: plan.difficulty });
}
