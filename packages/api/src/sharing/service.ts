// Share links to a report: the owner creates, lists and revokes them; anyone holding a live link reads
// the report it points to, without anything that names the candidate.
// - Only the owner of an interview with a report can share it; another user's interview is NOT_FOUND.
// - A link's token is 256 random bits, shown once; only its hash is stored (auth/secret-token.ts).
// - Creating runs in one transaction that locks the owner's row, so the live-link cap holds under
//   concurrent creations.
// - An unknown, revoked or expired link reads as the same NOT_FOUND, so tokens cannot be probed.
import {
  findSharedReport,
  insertReportShare,
  listReportShares,
  lockShareCreation,
  revokeReportShare,
} from "@interviewer/db";
import { generateSecretToken, hashSecretToken } from "../auth/secret-token.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { ApiDependencies } from "../context.ts";
import { DomainError, notFound } from "../errors.ts";
import { decodePlan, decodeReport } from "../interview/interview-codec.ts";
import { listedShareFrom, sharedReportTitle, shareStatus } from "./codec.ts";
import { LIVE_SHARE_LINKS_MAX, SHARE_LIST_MAX } from "./schemas.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Enough of the token to recognise a link in the list, far too little to guess the rest. */
const TOKEN_PREFIX_CHARS = 6;

type SharingDeps = Pick<ApiDependencies, "db" | "clock" | "settings">;

export async function createShareLink(
  deps: SharingDeps,
  viewer: Viewer,
  input: { interviewId: string; expiresInDays: number | null },
) {
  const now = deps.clock.now();
  const token = generateSecretToken();
  const share = await deps.db.transaction(async (tx) => {
    const owner = await lockShareCreation(tx, { userId: viewer.userId, interviewId: input.interviewId, now });
    if (!owner?.interviewId) throw notFound("Interview");
    if (!owner.hasReport) {
      throw new DomainError(
        "PRECONDITION_FAILED",
        "REPORT_NOT_READY",
        "Only a finished interview's report can be shared. Finish the interview first.",
      );
    }
    if (owner.liveLinks >= LIVE_SHARE_LINKS_MAX) {
      throw new DomainError(
        "PRECONDITION_FAILED",
        "SHARE_LINK_LIMIT",
        `You have ${LIVE_SHARE_LINKS_MAX} live share links, the most at once. Revoke one you no longer need.`,
        { max: LIVE_SHARE_LINKS_MAX },
      );
    }
    return insertReportShare(tx, {
      tokenHash: hashSecretToken(token),
      tokenPrefix: token.slice(0, TOKEN_PREFIX_CHARS),
      interviewId: owner.interviewId,
      userId: viewer.userId,
      createdAt: now,
      expiresAt: input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * DAY_MS),
    });
  });
  return {
    id: share.id,
    interviewId: share.interviewId,
    tokenPrefix: share.tokenPrefix,
    createdAt: share.createdAt,
    expiresAt: share.expiresAt,
    revokedAt: share.revokedAt,
    status: shareStatus(share, now),
    token,
    url: `${deps.settings.publicUrl}/shared/${token}`,
  };
}

export async function listShareLinks(
  deps: Pick<ApiDependencies, "db" | "clock">,
  viewer: Viewer,
  input: { interviewId?: string | null | undefined },
) {
  const now = deps.clock.now();
  const rows = await listReportShares(deps.db, {
    userId: viewer.userId,
    interviewId: input.interviewId ?? null,
    limit: SHARE_LIST_MAX,
  });
  return { links: rows.map((row) => listedShareFrom(row, now)) };
}

/** Idempotent: revoking a revoked link keeps its first revocation time. Another user's link is NOT_FOUND. */
export async function revokeShareLink(
  deps: Pick<ApiDependencies, "db" | "clock">,
  viewer: Viewer,
  input: { shareId: string },
) {
  const row = await revokeReportShare(deps.db, {
    userId: viewer.userId,
    shareId: input.shareId,
    now: deps.clock.now(),
  });
  if (!row?.revokedAt) throw notFound("Share link");
  return { id: row.id, revokedAt: row.revokedAt };
}

/** The report behind a live link, in one statement; no field names the candidate. */
export async function readSharedReport(deps: Pick<ApiDependencies, "db" | "clock">, input: { token: string }) {
  const row = await findSharedReport(deps.db, { tokenHash: hashSecretToken(input.token), now: deps.clock.now() });
  const report = row ? decodeReport(row.report) : null;
  if (!row || !report) throw notFound("This shared report");
  // A drill's plan names its owner's drill cards (ids and missed points): not for a public page.
  const { drill: _cards, ...plan } = decodePlan(row.plan);
  return {
    title: sharedReportTitle(plan),
    plan,
    report,
    interviewCreatedAt: row.interviewCreatedAt,
    endedAt: row.endedAt,
    sharedAt: row.sharedAt,
    expiresAt: row.expiresAt,
  };
}
