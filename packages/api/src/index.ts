import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root.ts";

export { type AccessTokenService, createAccessTokenService } from "./auth/access-token.ts";
export {
  createOAuthStateService,
  GITHUB_OAUTH_COOKIE_NAME,
  type OAuthStateService,
} from "./auth/github/oauth-state.ts";
export { REFRESH_COOKIE_NAME } from "./auth/refresh-cookie.ts";
export {
  type BillingAdapter,
  BillingProviderError,
  createDisabledBillingAdapter,
  type SubscriptionSnapshot,
} from "./billing/billing-adapter.ts";
export { grantSignupCredits } from "./billing/credits/credit-grants.ts";
export { type CreditKind, readCreditBalance } from "./billing/credits/credit-ledger.ts";
export { refundInterviewCredit, spendCreditForInterview } from "./billing/credits/interview-spending.ts";
export {
  createLemonSqueezyClient,
  type LemonSqueezyClientOptions,
} from "./billing/lemonsqueezy/lemonsqueezy-client.ts";
export {
  receiveLemonSqueezyWebhook,
  type WebhookDeps,
  type WebhookResult,
} from "./billing/lemonsqueezy/webhook-service.ts";
export { signLemonSqueezyPayload, verifyLemonSqueezySignature } from "./billing/lemonsqueezy/webhook-signature.ts";
export { type PlanId, planIds, plans } from "./billing/plans.ts";
export type { ApiContext, ApiDependencies, RequestInfo } from "./context.ts";
export { DomainError, type DomainErrorCode, type DomainErrorReason } from "./errors.ts";
export {
  type EvaluationEventBus,
  EvaluationStreams,
  type LiveEvaluationEvent,
} from "./interview/evaluation-streams.ts";
export { finishExpiredInterviews } from "./interview/expire-interviews.ts";
export { createDevOutboxTransport, firstLink } from "./mail/dev-outbox-transport.ts";
export { enqueueMail } from "./mail/outbox.ts";
export { createResendTransport } from "./mail/resend-transport.ts";
export { escapeHtml } from "./mail/templates/compose.ts";
export {
  type MailTemplateData,
  type MailTemplateName,
  type RenderedMail,
  renderMail,
} from "./mail/templates/index.ts";
export { MailSendError, type MailTransport, type OutgoingMail } from "./mail/transport.ts";
export {
  type MailPassResult,
  type MailWorker,
  type ProcessDueMailOptions,
  processDueMail,
  startMailWorker,
} from "./mail/worker.ts";
export {
  DEFAULT_RATE_LIMIT_POLICY,
  type ProcedureRateLimits,
  type RateLimitedProcedure,
  type RateLimitPolicy,
} from "./rate-limit/rate-limit-policy.ts";
export type { RateLimit, RateLimitBucket, RateLimitDecision, RateLimiter } from "./rate-limit/rate-limiter.ts";
export { tooLargeError as resumeTooLargeError } from "./resume/extract-resume-text.ts";
export { RESUME_MAX_BYTES, RESUME_UPLOAD_BODY_MAX_BYTES } from "./resume/resume-limits.ts";
export { type AppRouter, appRouter } from "./root.ts";
export type { ApiSettings, BillingSettings, GithubSettings } from "./settings.ts";
export { type Clock, systemClock } from "./shared/clock.ts";
export type { CookieJar, CookieOptions } from "./shared/cookies.ts";
export type { Logger } from "./shared/logger.ts";
export type { ApiMetrics, ModelCallObservation } from "./shared/metrics.ts";
export {
  type IntervalScheduler,
  type PeriodicJob,
  startPeriodicJob,
  timerScheduler,
} from "./shared/periodic-job.ts";
export {
  type ApiErrorData,
  type ErrorReason,
  INTERNAL_ERROR_MESSAGE,
  protectedProcedure,
  publicProcedure,
  router,
} from "./trpc.ts";

export { voiceTooLargeError } from "./voice/voice-errors.ts";
export {
  VOICE_MAX_WORD_CHARS,
  VOICE_MAX_WORDS,
  VOICE_TRANSCRIBE_BODY_MAX_BYTES,
  VOICE_TRANSCRIBE_TIMEOUT_MS,
} from "./voice/voice-limits.ts";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
