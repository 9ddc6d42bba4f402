// auth.github.*: sign-in with GitHub. Thin: validate input, move the state cookie, call the service,
// deliver tokens. `start` answers the URL the web app sends the browser to; GitHub sends the browser
// back to PUBLIC_URL/auth/github/callback, whose page calls `callback` with the code and state.
import { z } from "zod";
import { publicProcedure, router } from "../../trpc.ts";
import { deliverTokens } from "../deliver-tokens.ts";
import { ZRefreshTokenDeliverySchema, ZSessionTokensResponseSchema } from "../schemas.ts";
import { clearOAuthStateCookie, GITHUB_OAUTH_COOKIE_NAME, setOAuthStateCookie } from "./oauth-state.ts";
import { completeGithubSignIn, startGithubSignIn } from "./service.ts";

/**
 * Where to go after signing in: a path on our own site only. "//host" and "/\host" are rejected, as
 * browsers treat both as another origin (an open redirect).
 */
export const ZReturnToSchema = z
  .string()
  .max(512, "Use a path of at most 512 characters.")
  .regex(/^\/(?![/\\])[^\s\\]*$/, "Use a path on this site, such as /dashboard.");

export const ZGithubStartRequestSchema = z.object({ returnTo: ZReturnToSchema.optional() }).default({});

export const ZGithubStartResponseSchema = z.object({ authorizeUrl: z.url() });

export const ZGithubCallbackRequestSchema = z.object({
  code: z.string().min(1).max(512),
  state: z.string().min(1).max(512),
  refreshTokenDelivery: ZRefreshTokenDeliverySchema,
});

export const ZGithubCallbackResponseSchema = ZSessionTokensResponseSchema.extend({
  /** The returnTo given to `start`, or null: the web app then picks its default page. */
  returnTo: z.string().nullable(),
});

export const githubRouter = router({
  start: publicProcedure
    .input(ZGithubStartRequestSchema)
    .output(ZGithubStartResponseSchema)
    .mutation(async ({ ctx, input }) => {
      const { authorizeUrl, stateCookie } = await startGithubSignIn(ctx, input);
      setOAuthStateCookie(ctx.request.cookies, stateCookie.value, stateCookie.expiresAt, ctx.settings.isProduction);
      return { authorizeUrl };
    }),

  callback: publicProcedure
    .input(ZGithubCallbackRequestSchema)
    .output(ZGithubCallbackResponseSchema)
    .mutation(async ({ ctx, input }) => {
      const stateCookie = ctx.request.cookies.get(GITHUB_OAUTH_COOKIE_NAME);
      // Single use, whatever happens next: a failed or replayed callback has to start over.
      clearOAuthStateCookie(ctx.request.cookies);
      const { tokens, user, returnTo } = await completeGithubSignIn(
        ctx,
        { code: input.code, state: input.state, stateCookie },
        ctx.request,
      );
      return { ...deliverTokens(ctx, tokens, user, input.refreshTokenDelivery), returnTo };
    }),
});
