// Shapes a signed-in result for the caller: the web app gets its refresh token as an httpOnly
// cookie and never sees it; other apps asked for it in the body and get it there.
import type { ApiContext } from "../context.ts";
import { setRefreshCookie } from "./refresh-cookie.ts";
import type { IssuedTokens } from "./session-service.ts";

export function deliverTokens(
  ctx: Pick<ApiContext, "request" | "settings">,
  tokens: IssuedTokens,
  user: { id: string; email: string; displayName: string },
  delivery: "cookie" | "body",
) {
  if (delivery === "cookie") {
    setRefreshCookie(ctx.request.cookies, tokens.refreshToken, tokens.refreshTokenExpiresAt, ctx.settings.isProduction);
  }
  return {
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: tokens.accessTokenExpiresAt,
    refreshToken: delivery === "body" ? tokens.refreshToken : undefined,
    refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
    user,
  };
}
