// Password reset and change, account deletion, and brute-force protection.
import type { AppRouter } from "@interviewer/api";
import { schema } from "@interviewer/db";
import {
  clientWithToken,
  createVerifiedAccount,
  latestMail,
  tokenFromMail,
  uniqueEmail,
} from "@interviewer/testing/accounts";
import { createTestClock, MINUTE } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import type { TRPCClientError } from "@trpc/client";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("password reset, password change and account deletion", () => {
  const clock = createTestClock();
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ clock, env: { PUBLIC_URL: "https://interviewer.example" } });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("a reset request answers the same for known and unknown emails; the link is built from PUBLIC_URL", async () => {
    const account = await createVerifiedAccount(ts);
    const known = await ts.client.auth.requestPasswordReset.mutate({ email: account.email });
    const unknown = await ts.client.auth.requestPasswordReset.mutate({ email: uniqueEmail("nobody") });
    expect(known).toEqual(unknown);
    // A forged Host header must not change the link.
    await fetch(`${ts.url}/trpc/auth.requestPasswordReset`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-host": "evil.example", host: "evil.example" },
      body: JSON.stringify({ json: { email: account.email } }),
    });
    const mail = await latestMail(ts, account.email, "reset_password");
    expect(mail?.textBody).toContain("https://interviewer.example/reset-password?token=");
    expect(mail?.textBody).not.toContain("evil.example");
  });

  it("a reset works once, ends every session, and does not sign the user in", async () => {
    const account = await createVerifiedAccount(ts);
    await ts.client.auth.requestPasswordReset.mutate({ email: account.email });
    const token = tokenFromMail((await latestMail(ts, account.email, "reset_password"))?.textBody ?? "");
    const result = await ts.client.auth.resetPassword.mutate({ token, newPassword: "my brand new passphrase" });
    expect(result).toEqual({ status: "ok", message: expect.any(String) });
    expect(JSON.stringify(result)).not.toMatch(/accessToken|refreshToken/);

    expect((await errorOf(account.client.account.me.query())).data?.code).toBe("UNAUTHORIZED");
    expect((await errorOf(ts.client.auth.refresh.mutate({ refreshToken: account.refreshToken }))).data?.code).toBe(
      "UNAUTHORIZED",
    );
    const reused = await errorOf(ts.client.auth.resetPassword.mutate({ token, newPassword: "yet another passphrase" }));
    expect(reused.data?.reason).toBe("INVALID_TOKEN");

    await expect(
      ts.client.auth.login.mutate({ email: account.email, password: account.password, refreshTokenDelivery: "body" }),
    ).rejects.toThrow();
    await expect(
      ts.client.auth.login.mutate({
        email: account.email,
        password: "my brand new passphrase",
        refreshTokenDelivery: "body",
      }),
    ).resolves.toMatchObject({ user: { id: account.userId } });
    expect(await latestMail(ts, account.email, "password_changed")).toBeDefined();
  });

  it("a reset link expires after 30 minutes", async () => {
    const account = await createVerifiedAccount(ts);
    await ts.client.auth.requestPasswordReset.mutate({ email: account.email });
    const token = tokenFromMail((await latestMail(ts, account.email, "reset_password"))?.textBody ?? "");
    clock.advance(30 * MINUTE + 1000);
    const expired = await errorOf(
      ts.client.auth.resetPassword.mutate({ token, newPassword: "my brand new passphrase" }),
    );
    expect(expired.data?.reason).toBe("INVALID_TOKEN");
  });

  it("changing the password needs the current one and signs out the other devices only", async () => {
    const account = await createVerifiedAccount(ts);
    const phone = await ts.client.auth.login.mutate({
      email: account.email,
      password: account.password,
      refreshTokenDelivery: "body",
    });
    const wrong = await errorOf(
      account.client.account.changePassword.mutate({
        currentPassword: "not it at all",
        newPassword: "a changed passphrase",
      }),
    );
    expect(wrong.data?.fieldErrors).toBeNull();
    expect(wrong.data?.reason).toBe("WRONG_PASSWORD");

    await account.client.account.changePassword.mutate({
      currentPassword: account.password,
      newPassword: "a changed passphrase",
    });
    await expect(account.client.account.me.query()).resolves.toMatchObject({ id: account.userId });
    expect((await errorOf(clientWithToken(ts, phone.accessToken).account.me.query())).data?.code).toBe("UNAUTHORIZED");
  });

  it("deleting the account needs the email typed and the password, then removes the person's data", async () => {
    const account = await createVerifiedAccount(ts);
    const wrongEmail = await errorOf(
      account.client.account.delete.mutate({ confirmEmail: "someone@else.example", password: account.password }),
    );
    expect(wrongEmail.data?.reason).toBe("CONFIRMATION_MISMATCH");
    const wrongPassword = await errorOf(
      account.client.account.delete.mutate({ confirmEmail: account.email, password: "not the password" }),
    );
    expect(wrongPassword.data?.reason).toBe("WRONG_PASSWORD");
    await expect(account.client.account.me.query()).resolves.toBeDefined();

    await account.client.account.delete.mutate({
      confirmEmail: account.email.toUpperCase(),
      password: account.password,
    });
    const db = ts.database.handle.db;
    expect(await db.select().from(schema.users).where(eq(schema.users.id, account.userId))).toHaveLength(0);
    expect(await db.select().from(schema.sessions).where(eq(schema.sessions.userId, account.userId))).toHaveLength(0);
    expect(
      await db.select().from(schema.emailTokens).where(eq(schema.emailTokens.userId, account.userId)),
    ).toHaveLength(0);
    expect((await errorOf(account.client.account.me.query())).data?.code).toBe("UNAUTHORIZED");
    expect(await latestMail(ts, account.email, "account_deleted")).toBeDefined();
    await expect(
      ts.client.auth.login.mutate({ email: account.email, password: account.password, refreshTokenDelivery: "body" }),
    ).rejects.toThrow();
  });
});

describe("brute-force protection", () => {
  const clock = createTestClock();
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ clock });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("failed logins on one account are delayed exponentially, never locked for good", async () => {
    const account = await createVerifiedAccount(ts);
    const attempt = (password: string) =>
      ts.client.auth.login.mutate({ email: account.email, password, refreshTokenDelivery: "body" });
    for (let i = 0; i < 5; i += 1) {
      expect((await errorOf(attempt("wrong password guess"))).data?.reason).toBe("INVALID_CREDENTIALS");
    }
    // The sixth failure starts a delay; during it even the right password waits.
    expect((await errorOf(attempt("wrong password guess"))).data?.reason).toBe("INVALID_CREDENTIALS");
    const delayed = await errorOf(attempt(account.password));
    expect(delayed.data?.code).toBe("TOO_MANY_REQUESTS");
    expect(delayed.data?.reason).toBe("LOGIN_DELAYED");

    // Once the delay passes the owner gets in, and success clears the count.
    clock.advance(2 * MINUTE);
    await expect(attempt(account.password)).resolves.toMatchObject({ user: { id: account.userId } });
    const [throttle] = await ts.database.handle.db
      .select()
      .from(schema.loginThrottles)
      .where(eq(schema.loginThrottles.emailKey, account.email.toLowerCase()));
    expect(throttle).toBeUndefined();
  });

  it("sign-up and reset requests are rate limited per email", async () => {
    const email = uniqueEmail("spam");
    const reasons: (string | undefined)[] = [];
    for (let i = 0; i < 4; i += 1) {
      const result = await ts.client.auth.requestPasswordReset.mutate({ email }).then(
        () => "ok",
        (e: TRPCClientError<AppRouter>) => e.data?.reason,
      );
      reasons.push(result);
    }
    expect(reasons).toEqual(["ok", "ok", "ok", "RATE_LIMITED"]);
  });
});

// Redis runs on CI machines and here (127.0.0.1:6379); REDIS_TEST_URL can point elsewhere.
describe("rate limits shared through Redis", () => {
  let first: TestServer;
  let second: TestServer;
  const env = { REDIS_URL: process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379" };
  // Both instances share one key prefix, as a deployment does; other test runs use other prefixes.
  const rateLimitNamespace = `interviewer-test-shared:${Date.now()}:${Math.random()}:`;
  beforeAll(async () => {
    first = await startTestServer({ env, rateLimitNamespace });
    second = await startTestServer({ env, rateLimitNamespace });
  });
  afterAll(async () => {
    await first.stop();
    await second.stop();
  });

  it("two server instances enforce one limit for the same email", async () => {
    const email = uniqueEmail("shared-limit");
    await first.client.auth.requestPasswordReset.mutate({ email });
    await second.client.auth.requestPasswordReset.mutate({ email });
    await first.client.auth.requestPasswordReset.mutate({ email });
    const limited = await errorOf(second.client.auth.requestPasswordReset.mutate({ email }));
    expect(limited.data?.reason).toBe("RATE_LIMITED");
  });
});
