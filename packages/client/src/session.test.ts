import { describe, expect, it } from "vitest";
import { createSession, type SessionTokens } from "./session.ts";
import { createMemoryTokenStore } from "./token-store.ts";

const user = { id: "00000000-0000-4000-8000-000000000001", email: "a@example.com", displayName: "A" };

function tokens(n: number, now: Date): SessionTokens {
  return {
    accessToken: `access-${n}`,
    accessTokenExpiresAt: new Date(now.getTime() + 15 * 60_000),
    refreshToken: `refresh-${n}`,
    refreshTokenExpiresAt: new Date(now.getTime() + 14 * 86_400_000),
    user,
  };
}

describe("the session's token refresh", () => {
  it("joins concurrent refreshes into one and rotates the stored refresh token", async () => {
    let now = new Date("2026-01-01T00:00:00Z");
    const presented: string[] = [];
    const session = createSession({
      store: createMemoryTokenStore(),
      now: () => now,
      auth: {
        refresh: async (refreshToken) => {
          presented.push(refreshToken);
          await new Promise((resolve) => setImmediate(resolve));
          return tokens(presented.length + 1, now);
        },
        logout: async () => {},
      },
    });
    await session.adopt(tokens(1, now));
    now = new Date(now.getTime() + 16 * 60_000);
    const handed = await Promise.all(Array.from({ length: 20 }, () => session.accessToken()));
    expect(new Set(handed)).toEqual(new Set(["access-2"]));
    expect(presented).toEqual(["refresh-1"]);
    expect((await session.current())?.refreshToken).toBe("refresh-2");
  });

  it("does not refresh again for a call that was refused with a token already replaced", async () => {
    const now = new Date();
    let refreshes = 0;
    const session = createSession({
      store: createMemoryTokenStore(),
      now: () => now,
      auth: {
        refresh: async () => tokens(++refreshes + 1, now),
        logout: async () => {},
      },
    });
    await session.adopt(tokens(1, now));
    expect(await session.accessTokenAfterRejection("access-1")).toBe("access-2");
    expect(await session.accessTokenAfterRejection("access-1")).toBe("access-2");
    expect(refreshes).toBe(1);
  });

  it("forgets the session when the server says it has ended", async () => {
    const now = new Date();
    const store = createMemoryTokenStore();
    const session = createSession({
      store,
      now: () => now,
      auth: {
        refresh: async () => Promise.reject(Object.assign(new Error("ended"), { data: { code: "UNAUTHORIZED" } })),
        logout: async () => {},
      },
    });
    await session.adopt(tokens(1, now));
    expect(await session.accessTokenAfterRejection("access-1")).toBeUndefined();
    expect(await store.load()).toBeUndefined();
  });
});
