// The signed-in session, kept in memory only: the access token never touches localStorage, so a
// script injected into the page cannot read a token that outlives the tab. The refresh token is an
// httpOnly cookie the browser sends to /trpc by itself.
//
// Refreshing is single-flight: the server treats a reused refresh token as theft and ends the whole
// session (a replay within 30 s of the rotation gets the same successor back, but nothing later).
// Within a tab, every caller that needs a token while a refresh is running awaits the same promise
// (requests queue behind it). Across tabs, which share the one refresh cookie, a refresh runs under
// the Web Locks API lock "interviewer-refresh": tabs restored together refresh one after the other,
// and a tab that waited simply refreshes with the cookie the previous tab's response already put in
// the jar (its access token lives in its own memory, so it needs a refresh of its own anyway). Where
// the Web Locks API is missing, or the lock is not granted in time, the tab refreshes without it and
// relies on the server's grace window.
import type { AppRouter } from "@interviewer/api";
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
}

export type SessionState =
  | { status: "restoring" }
  | { status: "signedOut" }
  | { status: "signedIn"; user: SessionUser; accessTokenExpiresAt: Date };

interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  user: SessionUser;
}

/**
 * A hint (not a secret) that this browser holds a refresh cookie, which scripts cannot read: anonymous
 * visitors then skip the refresh call on load instead of collecting a 401 on every page.
 */
const SESSION_HINT_KEY = "interviewer:has-session";

/** Refresh this long before the access token expires, so a request never leaves with a stale one. */
const REFRESH_MARGIN_MS = 60_000;

/** The cross-tab lock held around every refresh (same name in every tab of this origin). */
export const REFRESH_LOCK_NAME = "interviewer-refresh";

/**
 * How long to wait for another tab's refresh before refreshing anyway: a hung request in another
 * tab must not stall this one forever, and an overlap is still covered by the server's grace window.
 */
const REFRESH_LOCK_WAIT_MS = 10_000;

// A client without the session links: refreshing must not wait on itself.
const sessionClient = createTRPCClient<AppRouter>({
  links: [httpLink({ url: "/trpc", transformer: superjson })],
});

let accessToken: string | null = null;
let state: SessionState = { status: "restoring" };
let refreshing: Promise<string | null> | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function setState(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSessionState(): SessionState {
  return state;
}

/** Stores the tokens from login, verify-email, GitHub or refresh, and schedules the next refresh. */
export function startSession(tokens: SessionTokens): void {
  accessToken = tokens.accessToken;
  localStorage.setItem(SESSION_HINT_KEY, "1");
  setState({ status: "signedIn", user: tokens.user, accessTokenExpiresAt: tokens.accessTokenExpiresAt });
  clearTimeout(refreshTimer);
  const delay = tokens.accessTokenExpiresAt.getTime() - Date.now() - REFRESH_MARGIN_MS;
  refreshTimer = setTimeout(() => void refreshSession(), Math.max(delay, 5_000));
}

export function endSession(): void {
  accessToken = null;
  localStorage.removeItem(SESSION_HINT_KEY);
  clearTimeout(refreshTimer);
  setState({ status: "signedOut" });
}

/** On page load: the session lives only in the refresh cookie, so trade it for an access token. */
export function restoreSession(): void {
  if (localStorage.getItem(SESSION_HINT_KEY)) void refreshSession();
  else endSession();
}

export function updateSessionUser(user: SessionUser): void {
  if (state.status === "signedIn") setState({ ...state, user });
}

/**
 * Runs `task` holding the cross-tab refresh lock, or without it where the Web Locks API is missing
 * (old browsers, insecure origins) or the lock is not granted within REFRESH_LOCK_WAIT_MS.
 */
async function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== "undefined" && "locks" in navigator ? navigator.locks : undefined;
  if (!locks || typeof locks.request !== "function") return task();
  const giveUp = new AbortController();
  const timer = setTimeout(() => giveUp.abort(), REFRESH_LOCK_WAIT_MS);
  let started = false;
  try {
    return await locks.request(REFRESH_LOCK_NAME, { signal: giveUp.signal }, () => {
      started = true;
      clearTimeout(timer);
      return task();
    });
  } catch (error) {
    // The lock was never granted (timed out, or refused): refresh anyway. A failure of the task
    // itself is not retried.
    if (!started) return task();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Rotates the refresh cookie for a new access token; concurrent callers share one request. */
export function refreshSession(): Promise<string | null> {
  refreshing ??= withRefreshLock(async () => {
    try {
      const tokens = await sessionClient.auth.refresh.mutate({});
      startSession(tokens);
      return tokens.accessToken;
    } catch (error) {
      // Only a refusal ends the session; a network failure leaves it as it was, to retry later.
      if (error instanceof TRPCClientError && error.data?.httpStatus && error.data.httpStatus < 500) endSession();
      else if (state.status === "restoring") endSession();
      return null;
    }
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** The token to send now: waits for a running refresh, or refreshes first when it is about to expire. */
export async function currentAccessToken(): Promise<string | null> {
  if (refreshing) return refreshing;
  if (state.status !== "signedIn" || !accessToken) return accessToken;
  if (state.accessTokenExpiresAt.getTime() - Date.now() < REFRESH_MARGIN_MS / 2) return refreshSession();
  return accessToken;
}

export async function signOut(): Promise<void> {
  try {
    await sessionClient.auth.logout.mutate({});
  } finally {
    endSession();
  }
}
