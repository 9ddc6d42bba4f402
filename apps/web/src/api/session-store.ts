// The signed-in session, kept in memory only: the access token never touches localStorage, so a
// script injected into the page cannot read a token that outlives the tab. The refresh token is an
// httpOnly cookie the browser sends to /trpc by itself.
//
// Refreshing is single-flight: the server treats a reused refresh token as theft and ends the whole
// session, so two concurrent refreshes would sign the user out. Every caller that needs a token
// while a refresh is running awaits the same promise (requests queue behind it).
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

/** Rotates the refresh cookie for a new access token; concurrent callers share one request. */
export function refreshSession(): Promise<string | null> {
  refreshing ??= (async () => {
    try {
      const tokens = await sessionClient.auth.refresh.mutate({});
      startSession(tokens);
      return tokens.accessToken;
    } catch (error) {
      // Only a refusal ends the session; a network failure leaves it as it was, to retry later.
      if (error instanceof TRPCClientError && error.data?.httpStatus && error.data.httpStatus < 500) endSession();
      else if (state.status === "restoring") endSession();
      return null;
    } finally {
      refreshing = null;
    }
  })();
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
