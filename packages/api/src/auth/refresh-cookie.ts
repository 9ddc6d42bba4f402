// How the web app carries its refresh token: an httpOnly cookie that script cannot read, Secure in
// production, SameSite=Lax. Its path is /trpc: cookie paths match on "/" boundaries, and tRPC
// procedure URLs are /trpc/auth.refresh, so /trpc is the narrowest path that reaches the auth
// procedures; pages and assets never receive it.
import type { CookieJar } from "../shared/cookies.ts";

export const REFRESH_COOKIE_NAME = "interviewer_refresh";
export const REFRESH_COOKIE_PATH = "/trpc";

export function setRefreshCookie(cookies: CookieJar, token: string, expiresAt: Date, secure: boolean): void {
  cookies.set(REFRESH_COOKIE_NAME, token, {
    httpOnly: true,
    secure,
    sameSite: "lax",
    path: REFRESH_COOKIE_PATH,
    expires: expiresAt,
  });
}

export function clearRefreshCookie(cookies: CookieJar): void {
  cookies.clear(REFRESH_COOKIE_NAME, { path: REFRESH_COOKIE_PATH });
}
