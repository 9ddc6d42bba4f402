// Sign-up, email verification and resend, through the real server and the typed client.
import { schema } from "@interviewer/db";
import { latestMail, tokenFromMail, uniqueEmail } from "@interviewer/testing/accounts";
import { createTestClock, HOUR } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PASSWORD = "a sound passphrase for tests";

describe("sign-up and email verification", () => {
  const clock = createTestClock();
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ clock });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("creates an unverified account and emails a single-use link that signs the user in", async () => {
    const email = uniqueEmail();
    const result = await ts.client.auth.signUp.mutate({ email, password: PASSWORD, displayName: "Ada" });
    expect(result.status).toBe("verification_sent");

    const [user] = await ts.database.handle.db.select().from(schema.users).where(eq(schema.users.email, email));
    expect(user?.emailVerifiedAt).toBeNull();
    expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const mail = await latestMail(ts, email, "verify_email");
    expect(mail).toBeDefined();
    const body = `${mail?.textBody}${mail?.htmlBody}`;
    expect(body).not.toContain(PASSWORD);
    expect(mail?.textBody).toContain("http://localhost:3000/verify-email?token=");
    const token = tokenFromMail(mail?.textBody ?? "");
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);

    // The token is stored only as a hash.
    const stored = await ts.database.handle.db.select().from(schema.emailTokens);
    expect(stored.some((row) => row.tokenHash === token)).toBe(false);

    const signedIn = await ts.client.auth.verifyEmail.mutate({ token, refreshTokenDelivery: "body" });
    expect(signedIn.user.email).toBe(email);
    expect(signedIn.accessToken.split(".")).toHaveLength(3);
    expect(signedIn.refreshToken).toBeTruthy();
    expect(await latestMail(ts, email, "welcome")).toBeDefined();

    const reused = await errorOf(ts.client.auth.verifyEmail.mutate({ token, refreshTokenDelivery: "body" }));
    expect(reused.data?.code).toBe("BAD_REQUEST");
    expect(reused.data?.reason).toBe("INVALID_TOKEN");
  });

  it("does not reveal an existing account: same answer, and the owner gets a notice instead", async () => {
    const email = uniqueEmail();
    const first = await ts.client.auth.signUp.mutate({ email, password: PASSWORD, displayName: "Owner" });
    const second = await ts.client.auth.signUp.mutate({
      email: email.toUpperCase(),
      password: "another sound passphrase",
      displayName: "Intruder",
    });
    expect(second).toEqual(first);
    const notice = await latestMail(ts, email, "already_registered");
    expect(notice?.textBody).toContain("/sign-in");
    const users = await ts.database.handle.db.select().from(schema.users);
    expect(users.filter((u) => u.email.toLowerCase() === email.toLowerCase())).toHaveLength(1);
  });

  it("rejects weak passwords with field errors and writes nothing", async () => {
    const email = uniqueEmail();
    for (const password of ["short", "password123", "qwertyuiop"]) {
      const error = await errorOf(ts.client.auth.signUp.mutate({ email, password, displayName: "W" }));
      expect(error.data?.code).toBe("BAD_REQUEST");
      expect(error.data?.fieldErrors?.password?.length).toBeGreaterThan(0);
    }
    const users = await ts.database.handle.db.select().from(schema.users).where(eq(schema.users.email, email));
    expect(users).toHaveLength(0);
  });

  it("accepts long passphrases (64+ characters) and no composition rules", async () => {
    const email = uniqueEmail();
    const long = "this passphrase is long and only lowercase letters and spaces, nothing else at all";
    expect(long.length).toBeGreaterThan(64);
    await expect(ts.client.auth.signUp.mutate({ email, password: long, displayName: "Long" })).resolves.toMatchObject({
      status: "verification_sent",
    });
  });

  it("verification links expire after 24 hours; a resent link works", async () => {
    const email = uniqueEmail();
    await ts.client.auth.signUp.mutate({ email, password: PASSWORD, displayName: "Late" });
    const oldToken = tokenFromMail((await latestMail(ts, email, "verify_email"))?.textBody ?? "");
    clock.advance(24 * HOUR + 1000);
    const expired = await errorOf(ts.client.auth.verifyEmail.mutate({ token: oldToken, refreshTokenDelivery: "body" }));
    expect(expired.data?.reason).toBe("INVALID_TOKEN");

    const resend = await ts.client.auth.resendVerification.mutate({ email });
    const unknown = await ts.client.auth.resendVerification.mutate({ email: uniqueEmail("nobody") });
    expect(resend).toEqual(unknown);
    const mails = await ts.database.handle.db
      .select()
      .from(schema.mailOutbox)
      .where(eq(schema.mailOutbox.toAddress, email));
    const newest = mails.filter((m) => m.template === "verify_email").sort((a, b) => +b.createdAt - +a.createdAt)[0];
    const newToken = tokenFromMail(newest?.textBody ?? "");
    expect(newToken).not.toBe(oldToken);
    await expect(
      ts.client.auth.verifyEmail.mutate({ token: newToken, refreshTokenDelivery: "body" }),
    ).resolves.toMatchObject({ user: { email } });
  });

  it("oversized and malformed inputs are BAD_REQUEST, never a 500", async () => {
    const huge = await errorOf(
      ts.client.auth.signUp.mutate({ email: `${"a".repeat(300)}@example.com`, password: PASSWORD, displayName: "x" }),
    );
    expect(huge.data?.code).toBe("BAD_REQUEST");
    const longName = await errorOf(
      ts.client.auth.signUp.mutate({ email: uniqueEmail(), password: PASSWORD, displayName: "n".repeat(500) }),
    );
    expect(longName.data?.fieldErrors?.displayName).toBeDefined();
    const raw = await fetch(`${ts.url}/trpc/auth.signUp`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email: 42, password: ["x"], extra: { deep: true } } }),
    });
    expect(raw.status).toBe(400);
    const garbage = await fetch(`${ts.url}/trpc/auth.verifyEmail`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "\u0000\u0001not json",
    });
    expect(garbage.status).toBe(400);
  });
});
