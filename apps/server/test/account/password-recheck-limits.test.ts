// Guessing the password through a session: account.changePassword and account.delete check the
// current password, so without a limit a borrowed session could guess it at full speed, bypassing
// the login delay. They share the login delay (five free failures, then waits that double), counted
// per account so a new address buys no fresh guesses, and are rate limited per client address.
// Calls come from addresses of their own via X-Forwarded-For behind one trusted proxy hop.
import { randomUUID } from "node:crypto";
import type { AppRouter } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { createVerifiedAccount, latestMail, type TestAccount, tokenFromMail } from "@interviewer/testing/accounts";
import { createTestClock, MINUTE } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import { eq } from "drizzle-orm";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const clock = createTestClock();
let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ clock, env: { TRUST_PROXY: "1" } });
});
afterAll(async () => {
  await ts.stop();
});

/** A fresh documentation-range address, so each test is its own client. */
function newClientAddress(): string {
  const bytes = randomUUID().replaceAll("-", "");
  return `192.0.${Number.parseInt(bytes.slice(0, 2), 16)}.${Number.parseInt(bytes.slice(2, 4), 16)}`;
}

/** The account's session, used from `address`. */
function sessionFrom(account: TestAccount, address: string): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${ts.url}/trpc`,
        transformer: superjson,
        headers: { "x-forwarded-for": address, authorization: `Bearer ${account.accessToken}` },
      }),
    ],
  });
}

async function reasonOf(promise: Promise<unknown>): Promise<string | undefined> {
  return (await errorOf(promise)).data?.reason;
}

async function accountExists(userId: string): Promise<boolean> {
  const rows = await ts.database.handle.db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.id, userId));
  return rows.length === 1;
}

describe("account.changePassword", () => {
  it("after six wrong current passwords even the right one waits, from any address, with a typed delay", async () => {
    const account = await createVerifiedAccount(ts);
    const change = (currentPassword: string, address = newClientAddress()) =>
      sessionFrom(account, address).account.changePassword.mutate({
        currentPassword,
        newPassword: "a changed passphrase",
      });
    for (let guess = 0; guess < 6; guess += 1) {
      expect(await reasonOf(change(`wrong guess ${guess}`))).toBe("WRONG_PASSWORD");
    }
    const delayed = await errorOf(change(account.password));
    expect(delayed.data?.code).toBe("TOO_MANY_REQUESTS");
    expect(delayed.data?.reason).toBe("LOGIN_DELAYED");
    expect(delayed.data?.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(delayed.message).toMatch(/Try again in \d+ seconds/);

    // Once the wait is over the owner gets through, and the right password clears the count.
    clock.advance(2 * MINUTE);
    await expect(change(account.password)).resolves.toMatchObject({ status: "ok" });
    expect(await reasonOf(change("wrong again"))).toBe("WRONG_PASSWORD");
  });

  it("guesses sent at once count against each other: ten in parallel get six answers and four delays", async () => {
    const account = await createVerifiedAccount(ts);
    const session = sessionFrom(account, newClientAddress());
    const reasons = await Promise.all(
      Array.from({ length: 10 }, (_, guess) =>
        reasonOf(
          session.account.changePassword.mutate({
            currentPassword: `parallel guess ${guess}`,
            newPassword: "a changed passphrase",
          }),
        ),
      ),
    );
    expect(reasons.filter((reason) => reason === "WRONG_PASSWORD")).toHaveLength(6);
    expect(reasons.filter((reason) => reason === "LOGIN_DELAYED")).toHaveLength(4);
  });

  it("is rate limited per client address: twenty calls per quarter hour, whichever accounts they use", async () => {
    const first = await createVerifiedAccount(ts);
    const second = await createVerifiedAccount(ts);
    const address = newClientAddress();
    for (let call = 0; call < 20; call += 1) {
      const reason = await reasonOf(
        sessionFrom(first, address).account.changePassword.mutate({
          currentPassword: "not the password",
          newPassword: "a changed passphrase",
        }),
      );
      expect(["WRONG_PASSWORD", "LOGIN_DELAYED"]).toContain(reason);
    }
    const limited = await errorOf(
      sessionFrom(second, address).account.changePassword.mutate({
        currentPassword: second.password,
        newPassword: "a changed passphrase",
      }),
    );
    expect(limited.data?.reason).toBe("RATE_LIMITED");
    expect(limited.data?.details?.retryAfterSeconds).toBeGreaterThan(0);
    await expect(
      sessionFrom(second, newClientAddress()).account.changePassword.mutate({
        currentPassword: second.password,
        newPassword: "a changed passphrase",
      }),
    ).resolves.toMatchObject({ status: "ok" });
  });
});

describe("account.delete", () => {
  it("after six wrong passwords even the right one waits, and the account stays", async () => {
    const account = await createVerifiedAccount(ts);
    const remove = (password: string) =>
      sessionFrom(account, newClientAddress()).account.delete.mutate({ confirmEmail: account.email, password });
    for (let guess = 0; guess < 6; guess += 1) {
      expect(await reasonOf(remove(`wrong guess ${guess}`))).toBe("WRONG_PASSWORD");
    }
    expect(await reasonOf(remove(account.password))).toBe("LOGIN_DELAYED");
    expect(await accountExists(account.userId)).toBe(true);

    clock.advance(2 * MINUTE);
    await expect(remove(account.password)).resolves.toMatchObject({ status: "ok" });
    expect(await accountExists(account.userId)).toBe(false);
  });

  it("shares the count with password changes: guesses cannot be split between the two", async () => {
    const account = await createVerifiedAccount(ts);
    const session = sessionFrom(account, newClientAddress());
    for (let guess = 0; guess < 6; guess += 1) {
      const wrong = session.account.changePassword.mutate({
        currentPassword: `wrong guess ${guess}`,
        newPassword: "a changed passphrase",
      });
      expect(await reasonOf(wrong)).toBe("WRONG_PASSWORD");
    }
    const remove = session.account.delete.mutate({ confirmEmail: account.email, password: account.password });
    expect(await reasonOf(remove)).toBe("LOGIN_DELAYED");
    expect(await accountExists(account.userId)).toBe(true);
  });
});

describe("a password reset", () => {
  it("clears the delay, so the owner who proved the address is never kept waiting", async () => {
    const account = await createVerifiedAccount(ts);
    const session = sessionFrom(account, newClientAddress());
    for (let guess = 0; guess < 6; guess += 1) {
      const wrong = session.account.changePassword.mutate({
        currentPassword: `wrong guess ${guess}`,
        newPassword: "a changed passphrase",
      });
      expect(await reasonOf(wrong)).toBe("WRONG_PASSWORD");
    }
    await ts.client.auth.requestPasswordReset.mutate({ email: account.email });
    const token = tokenFromMail((await latestMail(ts, account.email, "reset_password"))?.textBody ?? "");
    await ts.client.auth.resetPassword.mutate({ token, newPassword: "the reset passphrase" });
    const signedIn = await ts.client.auth.login.mutate({
      email: account.email,
      password: "the reset passphrase",
      refreshTokenDelivery: "body",
    });
    const fresh = sessionFrom({ ...account, accessToken: signedIn.accessToken }, newClientAddress());
    await expect(
      fresh.account.changePassword.mutate({
        currentPassword: "the reset passphrase",
        newPassword: "a changed passphrase",
      }),
    ).resolves.toMatchObject({ status: "ok" });
  });
});
