// Input and output schemas of sharing.*, named for their procedures; the types flow to every client.
// The public report's shape is chosen field by field: the plan and the report, the dates, and nothing
// that names the candidate (no email, no name, no user or interview id).
import { ZInterviewPlanSchema, ZInterviewReportSchema } from "@interviewer/engine";
import { z } from "zod";

export const SHARE_EXPIRY_MAX_DAYS = 365;
/** Live links (not revoked, not expired) one account may hold at once. */
export const LIVE_SHARE_LINKS_MAX = 20;
/** The owner's list shows this many links, newest first (revoked and expired ones included). */
export const SHARE_LIST_MAX = 100;
/** Tokens are 43 base64url characters; anything much longer is not one of ours. */
const SHARE_TOKEN_MAX_CHARS = 128;

export const SHARE_STATUSES = ["live", "expired", "revoked"] as const;

export const ZCreateShareRequestSchema = z.object({
  interviewId: z.uuid({ error: "Not a valid interview id." }),
  /** Days until the link stops working; null (the default): until it is revoked. */
  expiresInDays: z
    .number({ error: "Expiry must be a number of days." })
    .int({ error: "Expiry must be a whole number of days." })
    .min(1, { error: "Expiry must be at least 1 day." })
    .max(SHARE_EXPIRY_MAX_DAYS, { error: `Expiry must be at most ${SHARE_EXPIRY_MAX_DAYS} days.` })
    .nullable()
    .default(null),
});

const ZShareLinkSchema = z.object({
  id: z.uuid(),
  /** The token's first characters, to tell links apart (the whole token is shown once, at creation). */
  tokenPrefix: z.string(),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  status: z.enum(SHARE_STATUSES),
});

export const ZCreateShareResponseSchema = ZShareLinkSchema.extend({
  interviewId: z.uuid(),
  /** The secret part of the link: shown now and never again. */
  token: z.string(),
  /** The link to hand out. */
  url: z.string(),
});

export const ZListSharesRequestSchema = z
  .object({
    /** Only this interview's links (the report page); absent: all of the owner's links. */
    interviewId: z.uuid({ error: "Not a valid interview id." }).nullish(),
  })
  .default({});

export const ZListSharesResponseSchema = z.object({
  links: z.array(
    ZShareLinkSchema.extend({
      interviewId: z.uuid(),
      interviewTitle: z.string(),
      interviewCreatedAt: z.date(),
    }),
  ),
});

export const ZRevokeShareRequestSchema = z.object({ shareId: z.uuid({ error: "Not a valid share link id." }) });

export const ZRevokeShareResponseSchema = z.object({ id: z.uuid(), revokedAt: z.date() });

export const ZSharedReportRequestSchema = z.object({
  token: z
    .string({ error: "Not a valid share link." })
    .min(1, { error: "Not a valid share link." })
    .max(SHARE_TOKEN_MAX_CHARS, { error: "Not a valid share link." }),
});

export const ZSharedReportResponseSchema = z.object({
  title: z.string(),
  plan: ZInterviewPlanSchema,
  /** The report as its owner sees it (scores, answers, evaluations, study list): it names nobody. */
  report: ZInterviewReportSchema,
  interviewCreatedAt: z.date(),
  endedAt: z.date().nullable(),
  sharedAt: z.date(),
  expiresAt: z.date().nullable(),
});
