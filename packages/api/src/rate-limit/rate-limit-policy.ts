// Which procedures are rate limited, and how hard. Every limit counts decoded, validated calls (see
// rate-limited.ts), so a batch of N calls counts N times and a call rejected by validation counts
// zero times.
//
// Login has no per-email limit on purpose: a per-email count is one a stranger can exhaust to lock
// the owner out. Guessing one account's password is slowed by the per-account-and-client delay in
// auth/login-throttle.ts instead, and spread across clients by the per-client limit here.
import type { RateLimit } from "./rate-limiter.ts";

export interface ProcedureRateLimits {
  /** Per client address (an IPv6 client counts by its /64, see client-address-key.ts). */
  perClient: RateLimit;
  /** Per target email address, for procedures that send mail to it. */
  perEmail?: RateLimit;
  /** Per signed-in user, for procedures whose cost follows the account (see job-description/router.ts). */
  perUser?: RateLimit;
}

export type RateLimitedProcedure =
  | "auth.signUp"
  | "auth.login"
  | "auth.resendVerification"
  | "auth.requestPasswordReset"
  | "auth.resetPassword"
  | "account.changePassword"
  | "account.delete"
  | "jobDescription.preview"
  | "interview.runCode"
  | "interview.ask"
  | "sharing.create"
  | "sharing.report"
  | "resume.upload"
  | "drill.start"
  | "voice.transcribe"
  | "voice.speech";

export type RateLimitPolicy = Record<RateLimitedProcedure, ProcedureRateLimits>;

const HOUR = 60 * 60 * 1000;
const QUARTER_HOUR = 15 * 60 * 1000;

export const DEFAULT_RATE_LIMIT_POLICY: RateLimitPolicy = {
  "auth.signUp": { perClient: { max: 20, windowMs: HOUR }, perEmail: { max: 5, windowMs: HOUR } },
  "auth.login": { perClient: { max: 50, windowMs: QUARTER_HOUR } },
  "auth.resendVerification": { perClient: { max: 10, windowMs: HOUR }, perEmail: { max: 3, windowMs: HOUR } },
  "auth.requestPasswordReset": { perClient: { max: 10, windowMs: HOUR }, perEmail: { max: 3, windowMs: HOUR } },
  // Signed out, and a valid token costs a password hash (argon2). A person follows one link, maybe
  // retries a new password or two (ones the password policy refuses never get here); ten per quarter
  // hour leaves room for that and for a few people behind one address, and makes token guessing and
  // hashing in bulk from one address pointless. Invalid tokens are refused before hashing anyway.
  "auth.resetPassword": { perClient: { max: 10, windowMs: QUARTER_HOUR } },
  // Each call checks a password (argon2) and a change hashes a new one. Wrong guesses are slowed per
  // account (account/password-recheck.ts, like login); this bounds the hashing one address can ask
  // for with its own accounts, which the per-account delay (cleared by the right password) does not.
  "account.changePassword": { perClient: { max: 20, windowMs: QUARTER_HOUR } },
  "account.delete": { perClient: { max: 20, windowMs: QUARTER_HOUR } },
  // A model call each on the OpenAI provider; the page asks only after a pause in typing.
  "jobDescription.preview": {
    perClient: { max: 120, windowMs: QUARTER_HOUR },
    perUser: { max: 30, windowMs: QUARTER_HOUR },
  },
  // Each run takes a sandbox worker; per account (interview/run-code.ts) so a new address buys nothing.
  "interview.runCode": {
    perClient: { max: 300, windowMs: HOUR },
    perUser: { max: 30, windowMs: 10 * 60 * 1000 },
  },
  // A model call each on the OpenAI provider; the per-question caps bound one question, this one account.
  "interview.ask": {
    perClient: { max: 300, windowMs: HOUR },
    perUser: { max: 60, windowMs: QUARTER_HOUR },
  },
  // Each creation writes a row; per account (sharing/share-creation-limit.ts) beside the live-link cap.
  "sharing.create": {
    perClient: { max: 120, windowMs: HOUR },
    perUser: { max: 30, windowMs: HOUR },
  },
  // The public read: anyone with a link, signed out; per address, so tokens cannot be tried in bulk.
  "sharing.report": { perClient: { max: 120, windowMs: QUARTER_HOUR } },
  // Each upload parses a file of up to 2 MB; per account too (resume/upload-limit.ts), as an address changes at will.
  "resume.upload": {
    perClient: { max: 60, windowMs: HOUR },
    perUser: { max: 20, windowMs: HOUR },
  },
  // Drills are free; a topic question is a model call on the OpenAI provider, so starts are counted per
  // account per day (drill/drill-start-limit.ts). Resuming an open drill counts too.
  "drill.start": {
    perClient: { max: 60, windowMs: HOUR },
    perUser: { max: 20, windowMs: 24 * HOUR },
  },
  // Each recording is up to 5 MB sent to a paid transcription endpoint; per account too
  // (voice/transcribe-limit.ts). A whole interview by voice with a few re-recordings stays well under.
  "voice.transcribe": {
    perClient: { max: 240, windowMs: HOUR },
    perUser: { max: 60, windowMs: HOUR },
  },
  // Each reading is a call to the speech endpoint; a question may be replayed a few times.
  "voice.speech": {
    perClient: { max: 300, windowMs: HOUR },
    perUser: { max: 120, windowMs: HOUR },
  },
};
