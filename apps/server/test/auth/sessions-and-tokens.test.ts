// Login, access tokens, rotating refresh tokens and sessions: the happy paths and the attacks that
// must fail.
import { schema } from "@interviewer/db";
import {
  clientWithToken,
  createVerifiedAccount,
  latestMail,
  tokenFromMail,
  uniqueEmail,
} from "@interviewer/testing/accounts";
import { createTestClock, DAY, MINUTE } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { eq } from "drizzle-orm";
import { decodeJwt, SignJWT, UnsecuredJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SECRET = "test-secret-that-is-long-enough-for-hs256-signing";
const SECOND = 1000;

describe("login, tokens and sessions", () => {
  const clock = createTestClock();
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ clock });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("login gives the same error for an unknown email and a wrong password", async () => {
    const account = await createVerifiedAccount(ts);
    const wrong = await errorOf(
      ts.client.auth.login.mutate({
        email: account.email,
        password: "not the password at all",
        refreshTokenDelivery: "body",
      }),
    );
    const unknown = await errorOf(
      ts.client.auth.login.mutate({
        email: uniqueEmail("ghost"),
        password: "not the password at all",
        refreshTokenDelivery: "body",
      }),
    );
    expect(wrong.message).toBe(unknown.message);
    expect(wrong.data?.code).toBe("UNAUTHORIZED");
    expect(unknown.data?.code).toBe("UNAUTHORIZED");
    expect(wrong.data?.reason).toBe(unknown.data?.reason);

    const ok = await ts.client.auth.login.mutate({
      email: account.email,
      password: account.password,
      refreshTokenDelivery: "body",
    });
    expect(ok.user.id).toBe(account.userId);
  });

  it("an unverified account is told to verify only after the password checks out", async () => {
    const email = uniqueEmail();
    await ts.client.auth.signUp.mutate({ email, password: "a sound passphrase for tests", displayName: "U" });
    const wrong = await errorOf(
      ts.client.auth.login.mutate({ email, password: "wrong password here", refreshTokenDelivery: "body" }),
    );
    expect(wrong.data?.reason).toBe("INVALID_CREDENTIALS");
    const right = await errorOf(
      ts.client.auth.login.mutate({ email, password: "a sound passphrase for tests", refreshTokenDelivery: "body" }),
    );
    expect(right.data?.reason).toBe("EMAIL_NOT_VERIFIED");
  });

  it("access tokens carry iss, aud, sub, typ and jti and expire after 15 minutes", async () => {
    const account = await createVerifiedAccount(ts);
    const claims = decodeJwt(account.accessToken);
    expect(claims).toMatchObject({
      iss: "http://localhost:3000",
      aud: "interviewer-api",
      sub: account.userId,
      typ: "access",
    });
    expect(claims.jti).toEqual(expect.any(String));
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(15 * 60);

    await expect(account.client.account.me.query()).resolves.toMatchObject({ id: account.userId });
    clock.advance(15 * MINUTE + 1000);
    const expired = await errorOf(account.client.account.me.query());
    expect(expired.data?.code).toBe("UNAUTHORIZED");
  });

  it("rejects tampered, unsigned, foreign-audience and foreign-issuer tokens", async () => {
    const account = await createVerifiedAccount(ts);
    const [header, payload, signature] = account.accessToken.split(".");
    const otherUser = await createVerifiedAccount(ts);
    const tamperedPayload = Buffer.from(
      JSON.stringify({ ...decodeJwt(account.accessToken), sub: otherUser.userId }),
    ).toString("base64url");
    const key = new TextEncoder().encode(SECRET);
    const base = decodeJwt(account.accessToken);
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT({ ...base, ...claims }).setProtectedHeader({ alg: "HS256" }).sign(key);

    const attempts = {
      tamperedPayload: `${header}.${tamperedPayload}.${signature}`,
      brokenSignature: `${header}.${payload}.${signature?.slice(0, -2)}xx`,
      algNone: new UnsecuredJWT({ ...base }).encode(),
      wrongAudience: await sign({ aud: "someone-else" }),
      wrongIssuer: await sign({ iss: "https://evil.example" }),
      wrongType: await sign({ typ: "refresh" }),
      wrongKey: await new SignJWT({ ...base })
        .setProtectedHeader({ alg: "HS256" })
        .sign(new TextEncoder().encode("a different secret that is long enough!!")),
    };
    for (const [name, token] of Object.entries(attempts)) {
      const error = await errorOf(clientWithToken(ts, token).account.me.query());
      expect(error.data?.code, name).toBe("UNAUTHORIZED");
    }
  });

  it("refresh rotates the token; presenting a rotated token revokes the whole family", async () => {
    const account = await createVerifiedAccount(ts);
    const first = await ts.client.auth.refresh.mutate({ refreshToken: account.refreshToken });
    expect(first.refreshToken).toBeTruthy();
    expect(first.refreshToken).not.toBe(account.refreshToken);
    const second = await ts.client.auth.refresh.mutate({ refreshToken: first.refreshToken });

    // The attacker replays the first token: the family dies, including the legitimate newest token.
    const reuse = await errorOf(ts.client.auth.refresh.mutate({ refreshToken: account.refreshToken }));
    expect(reuse.data?.code).toBe("UNAUTHORIZED");
    const afterReuse = await errorOf(ts.client.auth.refresh.mutate({ refreshToken: second.refreshToken }));
    expect(afterReuse.data?.code).toBe("UNAUTHORIZED");
    const revokedAccess = await errorOf(clientWithToken(ts, second.accessToken).account.me.query());
    expect(revokedAccess.data?.code).toBe("UNAUTHORIZED");

    const [session] = await ts.database.handle.db
      .select()
      .from(schema.sessions)
      .where(eq(schema.sessions.userId, account.userId));
    expect(session?.revokedReason).toBe("refresh_token_reuse");
  });

  describe("concurrent refreshes from one browser: the just-rotated token has a 30 s grace window", () => {
    // REFRESH_REUSE_GRACE_MS in packages/api/src/auth/session-service.ts.
    const GRACE_MS = 30 * SECOND;
    const refresh = (refreshToken: string) => ts.client.auth.refresh.mutate({ refreshToken });
    const sessionOf = async (userId: string) => {
      const [session] = await ts.database.handle.db
        .select()
        .from(schema.sessions)
        .where(eq(schema.sessions.userId, userId));
      return session;
    };

    it("three concurrent refreshes of one token all succeed with the same successor; the session stays usable", async () => {
      const account = await createVerifiedAccount(ts);
      const results = await Promise.all([
        refresh(account.refreshToken),
        refresh(account.refreshToken),
        refresh(account.refreshToken),
      ]);
      const successors = new Set(results.map((r) => r.refreshToken));
      expect(successors.size).toBe(1);
      const [successor] = successors;
      expect(successor).toBeTruthy();
      expect(successor).not.toBe(account.refreshToken);
      for (const result of results) {
        await expect(clientWithToken(ts, result.accessToken).account.me.query()).resolves.toMatchObject({
          id: account.userId,
        });
      }
      // The family carries on: the successor rotates as usual and nothing was revoked.
      const next = await refresh(successor ?? "");
      await expect(clientWithToken(ts, next.accessToken).account.me.query()).resolves.toMatchObject({
        id: account.userId,
      });
      expect((await sessionOf(account.userId))?.revokedAt).toBeNull();
    });

    it("three tabs refreshing with one cookie at once all get the same successor cookie", async () => {
      const account = await createVerifiedAccount(ts);
      const login = await fetch(`${ts.url}/trpc/auth.login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { email: account.email, password: account.password } }),
      });
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const responses = await Promise.all(
        [1, 2, 3].map(() =>
          fetch(`${ts.url}/trpc/auth.refresh`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({ json: {} }),
          }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
      const setCookies = responses.map((r) => (r.headers.get("set-cookie") ?? "").split(";")[0]);
      expect(setCookies[0]).toMatch(/^interviewer_refresh=[A-Za-z0-9_-]{40,}$/);
      expect(setCookies[0]).not.toBe(cookie);
      expect(new Set(setCookies).size).toBe(1);
      expect((await sessionOf(account.userId))?.revokedAt).toBeNull();
    });

    it("a replay within the window returns the same successor; a replay after it revokes the family", async () => {
      const account = await createVerifiedAccount(ts);
      const first = await refresh(account.refreshToken);
      clock.advance(GRACE_MS - SECOND);
      const replay = await refresh(account.refreshToken);
      expect(replay.refreshToken).toBe(first.refreshToken);
      expect(replay.refreshTokenExpiresAt).toEqual(first.refreshTokenExpiresAt);

      clock.advance(2 * SECOND); // 31 s after the rotation
      const late = await errorOf(refresh(account.refreshToken));
      expect(late.data?.code).toBe("UNAUTHORIZED");
      expect((await errorOf(refresh(first.refreshToken ?? ""))).data?.code).toBe("UNAUTHORIZED");
      expect((await errorOf(clientWithToken(ts, replay.accessToken).account.me.query())).data?.code).toBe(
        "UNAUTHORIZED",
      );
      expect((await sessionOf(account.userId))?.revokedReason).toBe("refresh_token_reuse");
    });

    it("only the immediate predecessor gets grace: replaying an older token within the window revokes", async () => {
      const account = await createVerifiedAccount(ts);
      const first = await refresh(account.refreshToken);
      const second = await refresh(first.refreshToken ?? "");
      // The immediate predecessor of the live token: grace.
      expect((await refresh(first.refreshToken ?? "")).refreshToken).toBe(second.refreshToken);

      // The grand-predecessor, within the same second: its successor was itself rotated, so this is theft.
      const reuse = await errorOf(refresh(account.refreshToken));
      expect(reuse.data?.code).toBe("UNAUTHORIZED");
      expect((await errorOf(refresh(second.refreshToken ?? ""))).data?.code).toBe("UNAUTHORIZED");
      expect((await errorOf(clientWithToken(ts, second.accessToken).account.me.query())).data?.code).toBe(
        "UNAUTHORIZED",
      );
      expect((await sessionOf(account.userId))?.revokedReason).toBe("refresh_token_reuse");
    });
  });

  it("refresh tokens die after 14 idle days, and sessions after 60 days however active", async () => {
    const idle = await createVerifiedAccount(ts);
    clock.advance(14 * DAY + 1000);
    expect((await errorOf(ts.client.auth.refresh.mutate({ refreshToken: idle.refreshToken }))).data?.code).toBe(
      "UNAUTHORIZED",
    );

    const active = await createVerifiedAccount(ts);
    let token = active.refreshToken;
    for (let week = 1; week <= 8; week += 1) {
      clock.advance(7 * DAY);
      const refreshed = await ts.client.auth.refresh.mutate({ refreshToken: token });
      token = refreshed.refreshToken ?? "";
      expect(refreshed.refreshTokenExpiresAt.getTime()).toBeLessThanOrEqual(clock.now().getTime() + 14 * DAY);
    }
    // Day 61: the token is fresh (refreshed 5 days ago) but the session's absolute limit has passed.
    clock.advance(5 * DAY);
    expect((await errorOf(ts.client.auth.refresh.mutate({ refreshToken: token }))).data?.code).toBe("UNAUTHORIZED");
  });

  it("the web app's refresh token travels in an httpOnly, SameSite=Lax cookie on the API path", async () => {
    const account = await createVerifiedAccount(ts);
    const response = await fetch(`${ts.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email: account.email, password: account.password } }),
    });
    expect(response.status).toBe(200);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^interviewer_refresh=[A-Za-z0-9_-]{40,};/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).toContain("Path=/trpc");
    const body = (await response.json()) as { result: { data: { json: Record<string, unknown> } } };
    expect(body.result.data.json.refreshToken ?? undefined).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain(setCookie.split(";")[0]?.split("=")[1]);

    const cookie = setCookie.split(";")[0] ?? "";
    const refreshed = await fetch(`${ts.url}/trpc/auth.refresh`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ json: {} }),
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers.get("set-cookie")).toMatch(/^interviewer_refresh=/);
    expect(refreshed.headers.get("set-cookie")).not.toContain(cookie);
  });

  it("sessions are listed, one can be revoked, logout and logout-everywhere end them", async () => {
    const account = await createVerifiedAccount(ts);
    const laptop = await ts.client.auth.login.mutate({
      email: account.email,
      password: account.password,
      refreshTokenDelivery: "body",
    });
    const sessions = await account.client.account.sessions.query();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);

    const other = sessions.find((s) => !s.current);
    await account.client.account.revokeSession.mutate({ sessionId: other?.id ?? "" });
    expect((await errorOf(clientWithToken(ts, laptop.accessToken).account.me.query())).data?.code).toBe("UNAUTHORIZED");
    expect(await account.client.account.sessions.query()).toHaveLength(1);

    await ts.client.auth.logout.mutate({ refreshToken: account.refreshToken });
    expect((await errorOf(account.client.account.me.query())).data?.code).toBe("UNAUTHORIZED");

    const a = await ts.client.auth.login.mutate({
      email: account.email,
      password: account.password,
      refreshTokenDelivery: "body",
    });
    const b = await ts.client.auth.login.mutate({
      email: account.email,
      password: account.password,
      refreshTokenDelivery: "body",
    });
    await clientWithToken(ts, a.accessToken).auth.logoutEverywhere.mutate();
    expect((await errorOf(clientWithToken(ts, b.accessToken).account.me.query())).data?.code).toBe("UNAUTHORIZED");
    expect((await errorOf(ts.client.auth.refresh.mutate({ refreshToken: b.refreshToken }))).data?.code).toBe(
      "UNAUTHORIZED",
    );
  });

  it("another user's session cannot be revoked: NOT_FOUND, like one that does not exist", async () => {
    const alice = await createVerifiedAccount(ts);
    const bob = await createVerifiedAccount(ts);
    const [bobSession] = await bob.client.account.sessions.query();
    const error = await errorOf(alice.client.account.revokeSession.mutate({ sessionId: bobSession?.id ?? "" }));
    expect(error.data?.code).toBe("NOT_FOUND");
    const missing = await errorOf(
      alice.client.account.revokeSession.mutate({ sessionId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(missing.data?.code).toBe("NOT_FOUND");
    expect(missing.message).toBe(error.message);
    await expect(bob.client.account.me.query()).resolves.toMatchObject({ id: bob.userId });
  });

  it("a verification token cannot be used as a password-reset token or a refresh token", async () => {
    const email = uniqueEmail();
    await ts.client.auth.signUp.mutate({ email, password: "a sound passphrase for tests", displayName: "T" });
    const token = tokenFromMail((await latestMail(ts, email, "verify_email"))?.textBody ?? "");
    expect(
      (await errorOf(ts.client.auth.resetPassword.mutate({ token, newPassword: "brand new passphrase" }))).data?.reason,
    ).toBe("INVALID_TOKEN");
    expect((await errorOf(ts.client.auth.refresh.mutate({ refreshToken: token }))).data?.code).toBe("UNAUTHORIZED");
  });
});
