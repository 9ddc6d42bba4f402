// GitHub sign-in's binding to one browser: a random `state` and a PKCE verifier, created when the
// browser starts the flow and kept only in a short-lived, signed, httpOnly cookie on that browser.
// The callback proceeds only when the state GitHub hands back equals the one in this browser's
// cookie, so a sign-in started elsewhere (login CSRF: an attacker's code pushed to a victim) cannot
// be completed here; the verifier proves to GitHub that whoever redeems the code is whoever asked
// for it, so an intercepted code is useless on its own. No database rows: the cookie is the store.
// Boundary: creating and checking the values and the cookie's attributes; no HTTP to GitHub here.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import type { Clock } from "../../shared/clock.ts";
import type { CookieJar } from "../../shared/cookies.ts";

export const OAUTH_STATE_TTL_SECONDS = 10 * 60;
export const GITHUB_OAUTH_COOKIE_NAME = "interviewer_github_oauth";
// Same reasoning as the refresh cookie: the callback is the tRPC procedure at /trpc/auth.github.callback,
// so /trpc is the narrowest path that reaches it; pages and assets never carry it.
export const GITHUB_OAUTH_COOKIE_PATH = "/trpc";

const ALGORITHM = "HS256";
const TOKEN_TYPE = "github_oauth_state";
const AUDIENCE = "interviewer-github-oauth";

export interface StartedOAuthFlow {
  /** Goes to GitHub in the authorize URL and comes back on the callback. */
  state: string;
  /** base64url(SHA-256(verifier)): GitHub keeps it and checks the verifier against it at the token exchange. */
  codeChallenge: string;
  /** The signed cookie value holding state, verifier and returnTo. */
  cookieValue: string;
  expiresAt: Date;
}

export interface VerifiedOAuthFlow {
  codeVerifier: string;
  returnTo: string | undefined;
}

export interface OAuthStateService {
  start(input: { returnTo?: string | undefined }): Promise<StartedOAuthFlow>;
  /** The flow the cookie holds, or undefined when the cookie is missing, forged, expired or for another state. */
  verify(cookieValue: string | undefined, state: string): Promise<VerifiedOAuthFlow | undefined>;
}

export function createOAuthStateService(options: { secret: string; clock: Clock }): OAuthStateService {
  // A key of its own, derived from the auth secret, so a state cookie can never be mistaken for an
  // access token (or the reverse) even if a claim check were ever loosened.
  const key = createHmac("sha256", options.secret).update("interviewer/github-oauth-state/v1").digest();
  return {
    async start({ returnTo }) {
      // 32 bytes each: a 256-bit state, and a 43-character verifier (RFC 7636 allows 43-128).
      const state = randomBytes(32).toString("base64url");
      const codeVerifier = randomBytes(32).toString("base64url");
      const nowSeconds = Math.floor(options.clock.now().getTime() / 1000);
      const expiresAtSeconds = nowSeconds + OAUTH_STATE_TTL_SECONDS;
      const cookieValue = await new SignJWT({ typ: TOKEN_TYPE, st: state, cv: codeVerifier, rt: returnTo ?? null })
        .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
        .setAudience(AUDIENCE)
        .setIssuedAt(nowSeconds)
        .setExpirationTime(expiresAtSeconds)
        .sign(key);
      return {
        state,
        codeChallenge: pkceChallenge(codeVerifier),
        cookieValue,
        expiresAt: new Date(expiresAtSeconds * 1000),
      };
    },
    async verify(cookieValue, state) {
      if (!cookieValue) return undefined;
      try {
        const { payload } = await jwtVerify(cookieValue, key, {
          algorithms: [ALGORITHM],
          audience: AUDIENCE,
          currentDate: options.clock.now(),
          requiredClaims: ["exp", "iat"],
        });
        if (payload.typ !== TOKEN_TYPE || typeof payload.st !== "string" || typeof payload.cv !== "string") {
          return undefined;
        }
        if (!sameString(payload.st, state)) return undefined;
        return { codeVerifier: payload.cv, returnTo: typeof payload.rt === "string" ? payload.rt : undefined };
      } catch (error) {
        if (error instanceof joseErrors.JOSEError) return undefined;
        throw error;
      }
    },
  };
}

/** The S256 code challenge of a PKCE verifier (RFC 7636 §4.2). */
export function pkceChallenge(codeVerifier: string): string {
  return createHash("sha256").update(codeVerifier, "ascii").digest("base64url");
}

function sameString(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}

export function setOAuthStateCookie(cookies: CookieJar, value: string, expiresAt: Date, secure: boolean): void {
  cookies.set(GITHUB_OAUTH_COOKIE_NAME, value, {
    httpOnly: true,
    secure,
    // Lax, not Strict: the user arrives back from github.com by a top-level navigation, and the page
    // then calls the callback procedure on our own origin.
    sameSite: "lax",
    path: GITHUB_OAUTH_COOKIE_PATH,
    expires: expiresAt,
  });
}

export function clearOAuthStateCookie(cookies: CookieJar): void {
  cookies.clear(GITHUB_OAUTH_COOKIE_NAME, { path: GITHUB_OAUTH_COOKIE_PATH });
}
