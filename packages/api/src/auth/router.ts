// auth.*: signing up, in and out. Thin: validate input, call the service, deliver tokens.
import { DomainError } from "../errors.ts";
import { rateLimited } from "../rate-limit/rate-limited.ts";
import { protectedProcedure, publicProcedure, router } from "../trpc.ts";
import { deliverTokens } from "./deliver-tokens.ts";
import { findUserById } from "./find-user.ts";
import { githubRouter } from "./github/router.ts";
import { clearRefreshCookie, REFRESH_COOKIE_NAME } from "./refresh-cookie.ts";
import {
  ZAuthMethodsResponseSchema,
  ZGenericStatusResponseSchema,
  ZLoginRequestSchema,
  ZLogoutRequestSchema,
  ZRefreshRequestSchema,
  ZRequestPasswordResetRequestSchema,
  ZResendVerificationRequestSchema,
  ZResetPasswordRequestSchema,
  ZSessionTokensResponseSchema,
  ZSignUpRequestSchema,
  ZSignUpResponseSchema,
  ZVerifyEmailRequestSchema,
} from "./schemas.ts";
import * as authService from "./service.ts";
import { findSessionIdByRefreshToken, revokeSessions, rotateRefreshToken } from "./session-service.ts";

export const authRouter = router({
  signUp: publicProcedure
    .input(ZSignUpRequestSchema)
    .use(rateLimited("auth.signUp"))
    .output(ZSignUpResponseSchema)
    .mutation(({ ctx, input }) => authService.signUp(ctx, input)),

  verifyEmail: publicProcedure
    .input(ZVerifyEmailRequestSchema)
    .output(ZSessionTokensResponseSchema)
    .mutation(async ({ ctx, input }) => {
      const { tokens, user } = await authService.verifyEmail(ctx, input.token, ctx.request);
      return deliverTokens(ctx, tokens, user, input.refreshTokenDelivery);
    }),

  resendVerification: publicProcedure
    .input(ZResendVerificationRequestSchema)
    .use(rateLimited("auth.resendVerification"))
    .output(ZGenericStatusResponseSchema)
    .mutation(async ({ ctx, input }) => {
      await authService.resendVerification(ctx, input.email);
      return { status: "ok" as const, message: authService.SIGN_UP_MESSAGE };
    }),

  login: publicProcedure
    .input(ZLoginRequestSchema)
    .use(rateLimited("auth.login"))
    .output(ZSessionTokensResponseSchema)
    .mutation(async ({ ctx, input }) => {
      const { tokens, user } = await authService.login(ctx, input, ctx.request);
      return deliverTokens(ctx, tokens, user, input.refreshTokenDelivery);
    }),

  /** Rotates the refresh token from the input (other apps) or the cookie (web app). */
  refresh: publicProcedure
    .input(ZRefreshRequestSchema)
    .output(ZSessionTokensResponseSchema)
    .mutation(async ({ ctx, input }) => {
      const presented = input.refreshToken ?? ctx.request.cookies.get(REFRESH_COOKIE_NAME);
      if (!presented) {
        throw new DomainError("UNAUTHORIZED", "SESSION_ENDED", "You are not signed in.");
      }
      try {
        const tokens = await rotateRefreshToken(ctx, presented, ctx.request.logger);
        const user = await findUserById(ctx.db, tokens.userId);
        if (!user) throw new DomainError("UNAUTHORIZED", "SESSION_ENDED", "You are not signed in.");
        return deliverTokens(
          ctx,
          tokens,
          { id: user.id, email: user.email, displayName: user.displayName },
          input.refreshToken ? "body" : "cookie",
        );
      } catch (error) {
        if (!input.refreshToken) clearRefreshCookie(ctx.request.cookies);
        throw error;
      }
    }),

  /** Ends this device's session (the refresh token's family). Always succeeds. */
  logout: publicProcedure
    .input(ZLogoutRequestSchema)
    .output(ZGenericStatusResponseSchema)
    .mutation(async ({ ctx, input }) => {
      const presented = input.refreshToken ?? ctx.request.cookies.get(REFRESH_COOKIE_NAME);
      const sessionId = presented ? await findSessionIdByRefreshToken(ctx.db, presented) : undefined;
      if (sessionId) await revokeSessions(ctx.db, ctx.clock.now(), { sessionId }, "logout");
      clearRefreshCookie(ctx.request.cookies);
      return { status: "ok" as const, message: "You are signed out." };
    }),

  logoutEverywhere: protectedProcedure.output(ZGenericStatusResponseSchema).mutation(async ({ ctx }) => {
    await revokeSessions(ctx.db, ctx.clock.now(), { userId: ctx.viewer.userId }, "logout_everywhere");
    clearRefreshCookie(ctx.request.cookies);
    return { status: "ok" as const, message: "You are signed out on every device." };
  }),

  requestPasswordReset: publicProcedure
    .input(ZRequestPasswordResetRequestSchema)
    .use(rateLimited("auth.requestPasswordReset"))
    .output(ZGenericStatusResponseSchema)
    .mutation(async ({ ctx, input }) => {
      await authService.requestPasswordReset(ctx, input.email);
      return { status: "ok" as const, message: authService.RESET_REQUESTED_MESSAGE };
    }),

  resetPassword: publicProcedure
    .input(ZResetPasswordRequestSchema)
    .use(rateLimited("auth.resetPassword"))
    .output(ZGenericStatusResponseSchema)
    .mutation(async ({ ctx, input }) => {
      await authService.resetPassword(ctx, input);
      return { status: "ok" as const, message: "Your password was changed. Sign in with the new one." };
    }),

  /** Which ways of signing in this deployment offers (the web app hides what is off). */
  methods: publicProcedure
    .output(ZAuthMethodsResponseSchema)
    .query(({ ctx }) => ({ password: true as const, github: ctx.settings.github.enabled })),

  github: githubRouter,
});
