// Where a signed-in client keeps its tokens. Memory by default (a script that signs in each run);
// apps that stay signed in between runs pass a persistent store (the CLI uses the file store in
// ./file-token-store.ts, exported from "@interviewer/client/node").

/** What a signed-in device holds. Dates are ISO strings so any store can keep them as JSON. */
export interface StoredSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { id: string; email: string; displayName: string };
}

export interface TokenStore {
  load(): Promise<StoredSession | undefined>;
  save(session: StoredSession): Promise<void>;
  clear(): Promise<void>;
}

export function createMemoryTokenStore(initial?: StoredSession): TokenStore {
  let current = initial;
  return {
    load: async () => current,
    save: async (session) => {
      current = session;
    },
    clear: async () => {
      current = undefined;
    },
  };
}
