// account.*: the signed-in user's own account. Thin: validate, call the service.

import { clearRefreshCookie } from "../auth/refresh-cookie.ts";
import { ZGenericStatusResponseSchema } from "../auth/schemas.ts";
import { rateLimited } from "../rate-limit/rate-limited.ts";
import { protectedProcedure, router } from "../trpc.ts";
import {
  ZChangePasswordRequestSchema,
  ZDeleteAccountRequestSchema,
  ZMeResponseSchema,
  ZRevokeSessionRequestSchema,
  ZSessionsResponseSchema,
  ZUpdateProfileRequestSchema,
} from "./schemas.ts";
import * as accountService from "./service.ts";

export const accountRouter = router({
  me: protectedProcedure.output(ZMeResponseSchema).query(({ ctx }) => accountService.getMe(ctx, ctx.viewer)),

  updateProfile: protectedProcedure
    .input(ZUpdateProfileRequestSchema)
    .output(ZMeResponseSchema)
    .mutation(({ ctx, input }) => accountService.updateProfile(ctx, ctx.viewer, input)),

  sessions: protectedProcedure
    .output(ZSessionsResponseSchema)
    .query(({ ctx }) => accountService.listSessions(ctx, ctx.viewer)),

  revokeSession: protectedProcedure
    .input(ZRevokeSessionRequestSchema)
    .output(ZGenericStatusResponseSchema)
    .mutation(async ({ ctx, input }) => {
      await accountService.revokeSession(ctx, ctx.viewer, input.sessionId);
      return { status: "ok" as const, message: "That device is signed out." };
    }),

  changePassword: protectedProcedure
    .input(ZChangePasswordRequestSchema)
    .use(rateLimited("account.changePassword"))
    .output(ZGenericStatusResponseSchema)
    .mutation(async ({ ctx, input }) => {
      await accountService.changePassword(ctx, ctx.viewer, input);
      return { status: "ok" as const, message: "Your password was changed; other devices were signed out." };
    }),

  delete: protectedProcedure
    .input(ZDeleteAccountRequestSchema)
    .use(rateLimited("account.delete"))
    .output(ZGenericStatusResponseSchema)
    .mutation(async ({ ctx, input }) => {
      await accountService.deleteAccount(ctx, ctx.viewer, input);
      clearRefreshCookie(ctx.request.cookies);
      return { status: "ok" as const, message: "Your account and its data were deleted." };
    }),
});
