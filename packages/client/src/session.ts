// The signed-in session of one client: hands out a current access token, refreshes it shortly
// before it expires or after the server refused it, and keeps the tokens in the injected store.
//
// Refresh is single-flight on purpose: the server rotates the refresh token on every use and treats a
// second use of an old one as theft (it revokes the whole session). So however many calls notice an
// expired token at once, exactly one auth.refresh is in flight and everyone waits for its result.
// (Single flight is per client object; two processes sharing one token file can still race.)
import type { StoredSession, TokenStore } from "./token-store.ts";

/** The auth procedures the session needs, called without an access token. */
export interface SessionAuthApi {
  refresh(refreshToken: string): Promise<SessionTokens>;
  logout(refreshToken: string): Promise<void>;
}

/** What auth.login / auth.verifyEmail / auth.refresh answer with body delivery. */
export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken?: string | undefined;
  refreshTokenExpiresAt: Date;
  user: { id: string; email: string; displayName: string };
}

export interface SessionOptions {
  store: TokenStore;
  auth: SessionAuthApi;
  now: () => Date;
  /** Signs in when there is no stored session (the `credentials` option); may be absent. */
  signInWhenNeeded?: (() => Promise<SessionTokens>) | undefined;
  /** Refresh this long before the access token expires, so a call never leaves with a dying token. */
  refreshMarginMs?: number;
}

export interface Session {
  /** A usable access token, refreshing or signing in first if needed; undefined when signed out. */
  accessToken(): Promise<string | undefined>;
  /** After the server refused `rejected`: a newer token (refreshing once for everyone), or undefined. */
  accessTokenAfterRejection(rejected: string | undefined): Promise<string | undefined>;
  /** Keep freshly issued tokens (from login or email verification). */
  adopt(tokens: SessionTokens): Promise<StoredSession>;
  current(): Promise<StoredSession | undefined>;
  /** Ends the session on the server (best effort) and forgets the tokens. */
  end(): Promise<void>;
}

export function createSession(options: SessionOptions): Session {
  const margin = options.refreshMarginMs ?? 30_000;
  let inFlight: Promise<StoredSession | undefined> | undefined;

  async function adopt(tokens: SessionTokens): Promise<StoredSession> {
    if (!tokens.refreshToken) throw new Error("The server sent no refresh token; ask for body delivery.");
    const stored: StoredSession = {
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.accessTokenExpiresAt.toISOString(),
      refreshToken: tokens.refreshToken,
      refreshTokenExpiresAt: tokens.refreshTokenExpiresAt.toISOString(),
      user: tokens.user,
    };
    await options.store.save(stored);
    return stored;
  }

  /** Starts a refresh, or joins the one already running. */
  function refreshOnce(): Promise<StoredSession | undefined> {
    inFlight ??= (async () => {
      try {
        const stored = await options.store.load();
        if (!stored) return signInIfConfigured();
        try {
          return await adopt(await options.auth.refresh(stored.refreshToken));
        } catch (error) {
          if (!isSessionEnded(error)) throw error;
          // The session is over (signed out, expired, revoked): forget it, and sign in again if we can.
          await options.store.clear();
          return signInIfConfigured();
        }
      } finally {
        inFlight = undefined;
      }
    })();
    return inFlight;
  }

  async function signInIfConfigured(): Promise<StoredSession | undefined> {
    if (!options.signInWhenNeeded) return undefined;
    return adopt(await options.signInWhenNeeded());
  }

  function isFresh(stored: StoredSession): boolean {
    return Date.parse(stored.accessTokenExpiresAt) - margin > options.now().getTime();
  }

  return {
    adopt,
    current: () => options.store.load(),
    async accessToken() {
      if (inFlight) return (await inFlight)?.accessToken;
      const stored = await options.store.load();
      if (stored && isFresh(stored)) return stored.accessToken;
      return (await refreshOnce())?.accessToken;
    },
    async accessTokenAfterRejection(rejected) {
      if (inFlight) return (await inFlight)?.accessToken;
      const stored = await options.store.load();
      // Someone else already refreshed since this token was sent: use theirs, do not refresh again.
      if (stored && stored.accessToken !== rejected) return stored.accessToken;
      return (await refreshOnce())?.accessToken;
    },
    async end() {
      const stored = await options.store.load();
      await options.store.clear();
      if (stored) await options.auth.logout(stored.refreshToken);
    },
  };
}

function isSessionEnded(error: unknown): boolean {
  const data = (error as { data?: { code?: string } } | undefined)?.data;
  return data?.code === "UNAUTHORIZED" || data?.code === "BAD_REQUEST";
}
