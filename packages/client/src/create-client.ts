// createInterviewerClient: the typed tRPC client for the Interviewer API, plus the session helpers a
// non-browser app needs (sign in with a password or a stored refresh token, sign out). Queries and
// mutations go over plain HTTP; the streamed evaluation (interview.evaluation) over SSE, with the
// access token as a connection parameter because EventSource cannot send headers.
import type { AppRouter } from "@interviewer/api";
import {
  createTRPCClient,
  httpLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCClient,
  type TRPCLink,
} from "@trpc/client";
import superjson from "superjson";
import { type AuthOperationContext, authLink } from "./auth-link.ts";
import { createSession, type SessionTokens } from "./session.ts";
import { createMemoryTokenStore, type StoredSession, type TokenStore } from "./token-store.ts";

type FetchFunction = typeof globalThis.fetch;

/**
 * The constructor of an EventSource: the browser's, or on Node 20 (which has none) e.g. `EventSource`
 * from the `eventsource` package. (The shape is kept loose so either kind fits.)
 */
export type EventSourceConstructor = new (
  url: string,
  init?: never,
) => {
  readonly readyState: number;
  close(): void;
};

export type InterviewerCredentials =
  | { email: string; password: string }
  /** A refresh token from an earlier sign-in (e.g. kept by a deployment script's secret store). */
  | { refreshToken: string };

export interface InterviewerClientOptions {
  /** The server's address, e.g. "http://localhost:3000" (the API is under /trpc). */
  url: string;
  /** Sign in with these when there is no stored session; without them, call signIn() yourself. */
  credentials?: InterviewerCredentials | undefined;
  /** Where tokens are kept; memory by default. Node apps: createFileTokenStore from "@interviewer/client/node". */
  tokenStore?: TokenStore | undefined;
  /** Needed for interview.evaluation where there is no global EventSource (Node 20). */
  EventSource?: EventSourceConstructor | undefined;
  /** Each HTTP request fails with kind "timeout" after this long (default 30 s; 0 = never). */
  timeoutMs?: number | undefined;
  /** Replaces the global fetch (tests count requests with it; apps may add logging or a proxy). */
  fetch?: FetchFunction | undefined;
  /** The client's clock, used to refresh shortly before the access token expires. */
  now?: (() => Date) | undefined;
}

export interface InterviewerSessionHelpers {
  /** Signs in with email and password and keeps the tokens. */
  signIn(credentials: { email: string; password: string }): Promise<StoredSession["user"]>;
  /** Finishes a sign-up: the token from the emailed link verifies the address and signs in. */
  verifyEmail(token: string): Promise<StoredSession["user"]>;
  /** Starts a session from a refresh token (rotated at once, as every refresh is). */
  signInWithRefreshToken(refreshToken: string): Promise<StoredSession["user"]>;
  /** Ends this device's session on the server and forgets the tokens. */
  signOut(): Promise<void>;
  /** The signed-in user as last reported by the server, or undefined. */
  currentUser(): Promise<StoredSession["user"] | undefined>;
}

/** Every router of the API (`client.interview.create.mutate(...)`) plus the session helpers. */
export type InterviewerClient = TRPCClient<AppRouter> & InterviewerSessionHelpers;

const DEFAULT_TIMEOUT_MS = 30_000;

export function createInterviewerClient(options: InterviewerClientOptions): InterviewerClient {
  const endpoint = `${options.url.replace(/\/+$/, "")}/trpc`;
  const fetchWithTimeout = withTimeout(options.fetch ?? globalThis.fetch, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const store = options.tokenStore ?? createMemoryTokenStore();

  // auth.* calls carry no access token and never trigger a refresh, so they use a client of their own.
  const publicApi = createTRPCClient<AppRouter>({
    links: [httpLink({ url: endpoint, transformer: superjson, fetch: fetchWithTimeout })],
  });

  const credentials = options.credentials;
  const session = createSession({
    store,
    now: options.now ?? (() => new Date()),
    auth: {
      refresh: (refreshToken) => publicApi.auth.refresh.mutate({ refreshToken }),
      logout: async (refreshToken) => {
        await publicApi.auth.logout.mutate({ refreshToken });
      },
    },
    signInWhenNeeded: credentials
      ? (): Promise<SessionTokens> =>
          "refreshToken" in credentials
            ? publicApi.auth.refresh.mutate({ refreshToken: credentials.refreshToken })
            : publicApi.auth.login.mutate({ ...credentials, refreshTokenDelivery: "body" })
      : undefined,
  });

  const requestLink = httpLink({
    url: endpoint,
    transformer: superjson,
    fetch: fetchWithTimeout,
    headers: ({ op }) => {
      const token = (op.context as AuthOperationContext).accessToken;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  const subscriptionLink: TRPCLink<AppRouter> = options.EventSource
    ? httpSubscriptionLink({
        url: endpoint,
        transformer: superjson,
        EventSource: options.EventSource as unknown as typeof globalThis.EventSource,
        // Called on every (re)connect, so a reconnect after the token expired sends a fresh one.
        connectionParams: async () => ({ accessToken: (await session.accessToken()) ?? "" }),
      })
    : httpSubscriptionLink({
        url: endpoint,
        transformer: superjson,
        connectionParams: async () => ({ accessToken: (await session.accessToken()) ?? "" }),
      });

  const api = createTRPCClient<AppRouter>({
    links: [
      authLink<AppRouter>(session),
      splitLink({ condition: (op) => op.type === "subscription", true: subscriptionLink, false: requestLink }),
    ],
  });

  const helpers: InterviewerSessionHelpers = {
    async signIn({ email, password }) {
      const tokens = await publicApi.auth.login.mutate({ email, password, refreshTokenDelivery: "body" });
      return (await session.adopt(tokens)).user;
    },
    async verifyEmail(token) {
      const tokens = await publicApi.auth.verifyEmail.mutate({ token, refreshTokenDelivery: "body" });
      return (await session.adopt(tokens)).user;
    },
    async signInWithRefreshToken(refreshToken) {
      const tokens = await publicApi.auth.refresh.mutate({ refreshToken });
      return (await session.adopt(tokens)).user;
    },
    signOut: () => session.end(),
    currentUser: async () => (await session.current())?.user,
  };

  // The tRPC client is a proxy that answers any property as a router path, so the helpers are
  // looked up first and everything else goes to it.
  return new Proxy(api as InterviewerClient, {
    get(target, property, receiver) {
      if (typeof property === "string" && Object.hasOwn(helpers, property)) {
        return helpers[property as keyof InterviewerSessionHelpers];
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/** Aborts each request after `timeoutMs`, together with the caller's own AbortSignal. */
function withTimeout(fetchImpl: FetchFunction, timeoutMs: number): FetchFunction {
  if (!timeoutMs) return fetchImpl;
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetchImpl(input, { ...init, signal });
  };
}
