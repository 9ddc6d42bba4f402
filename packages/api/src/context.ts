// The request context every procedure receives: the long-lived dependencies the composition root
// builds once, plus what the HTTP host knows about this request. Types only; no tRPC here, so a
// service can name its dependencies without importing the procedure builders.
import type { Database } from "@interviewer/db";
import type { InterviewerProvider, SpeechSynthesizer, Transcriber } from "@interviewer/engine";
import type { AccessTokenService } from "./auth/access-token.ts";
import type { OAuthStateService } from "./auth/github/oauth-state.ts";
import type { BillingAdapter } from "./billing/billing-adapter.ts";
import type { CodeRunner } from "./interview/code-runner.ts";
import type { EvaluationStreams } from "./interview/evaluation-streams.ts";
import type { RateLimitPolicy } from "./rate-limit/rate-limit-policy.ts";
import type { RateLimiter } from "./rate-limit/rate-limiter.ts";
import type { ApiSettings } from "./settings.ts";
import type { Clock } from "./shared/clock.ts";
import type { CookieJar } from "./shared/cookies.ts";
import type { Logger } from "./shared/logger.ts";
import type { ApiMetrics } from "./shared/metrics.ts";

/** Long-lived dependencies, built once by the server's composition root. */
export interface ApiDependencies {
  db: Database;
  clock: Clock;
  version: string;
  settings: ApiSettings;
  accessTokens: AccessTokenService;
  /** Lemon Squeezy, the local simulator, or disabled (production without a key). */
  billing: BillingAdapter;
  /** Signs and checks the short-lived cookie that binds a GitHub sign-in to the browser that started it. */
  oauthState: OAuthStateService;
  /** Writes questions and grades answers: the built-in interviewer or an OpenAI-compatible model. */
  interviewer: InterviewerProvider;
  /** Evaluations running in this process, so a reconnecting client follows instead of re-evaluating. */
  evaluationStreams: EvaluationStreams;
  metrics: ApiMetrics;
  /** Where rate-limit counts live: per-instance memory, or Redis shared by every instance. */
  rateLimiter: RateLimiter;
  /** What is limited and how hard (DEFAULT_RATE_LIMIT_POLICY unless a test tightens it). */
  rateLimitPolicy: RateLimitPolicy;
  /** Runs candidate code in the sandbox: the server's bounded pool of worker threads. */
  codeRunner: CodeRunner;
  /** Runs of interview.runCode one user may have going at once on this instance; more get RUN_LIMIT. */
  codeRunsPerUserAtOnce: number;
  /** Speech to text and text to speech for voice answers; null where none is configured (the web app then uses the browser's). */
  voice: { transcriber: Transcriber | null; speech: SpeechSynthesizer | null };
}

/** What the HTTP host knows about the request; the API never touches Fastify itself. */
export interface RequestInfo {
  requestId: string;
  ip: string;
  userAgent: string | undefined;
  /** The raw Authorization header, if any. */
  authorization: string | undefined;
  cookies: CookieJar;
  logger: Logger;
  /** Adds the signed-in user's id to this request's log lines (called once the viewer is known). */
  bindUser(userId: string): void;
}

export interface ApiContext extends ApiDependencies {
  request: RequestInfo;
}
