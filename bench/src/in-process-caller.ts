// A tRPC caller on the real appRouter with the real middleware (session check, domain errors), but
// no HTTP: what a procedure costs in-process, to set beside the SQL it needs (the merged-SQL floor).
// Dependencies the measured reads never touch (billing, model, rate limits) are inert stand-ins.
import {
  type ApiContext,
  appRouter,
  createAccessTokenService,
  createDisabledBillingAdapter,
  createOAuthStateService,
  DEFAULT_RATE_LIMIT_POLICY,
  EvaluationStreams,
  systemClock,
} from "@interviewer/api";
import type { Database } from "@interviewer/db";
import { createInterviewerProvider } from "@interviewer/engine";

export function createInProcessCaller(options: {
  db: Database;
  authSecret: string;
  publicUrl: string;
  accessToken: string;
}) {
  const silent = { info: () => {}, warn: () => {}, error: () => {} };
  const context: ApiContext = {
    db: options.db,
    clock: systemClock,
    version: "bench",
    settings: {
      publicUrl: options.publicUrl,
      isProduction: false,
      github: { enabled: false },
      billing: { freeCreditsOnSignup: 0, variants: { individual: "", pro: "", premium: "" }, testMode: true },
    },
    accessTokens: createAccessTokenService({
      secret: options.authSecret,
      issuer: options.publicUrl,
      audience: "interviewer-api",
      clock: systemClock,
    }),
    billing: createDisabledBillingAdapter(),
    oauthState: createOAuthStateService({ secret: options.authSecret, clock: systemClock }),
    interviewer: createInterviewerProvider({ kind: "builtin" }),
    evaluationStreams: new EvaluationStreams(undefined),
    metrics: { modelCall: () => {} },
    rateLimiter: { consume: async () => ({ allowed: true }) },
    // The bench measures procedures that never run code.
    codeRunner: {
      run: async () => {
        throw new Error("no code runs in the bench");
      },
    },
    codeRunsPerUserAtOnce: 1,
    voice: { transcriber: null, speech: null },
    rateLimitPolicy: DEFAULT_RATE_LIMIT_POLICY,
    request: {
      requestId: "bench",
      ip: "127.0.0.1",
      userAgent: "bench",
      authorization: `Bearer ${options.accessToken}`,
      cookies: { get: () => undefined, set: () => {}, clear: () => {} },
      logger: silent,
      bindUser: () => {},
    },
  };
  return appRouter.createCaller(context);
}
