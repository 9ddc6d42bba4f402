// auth.resetPassword as a stranger meets it: a guessed token is refused before any password hashing
// (argon2 is the costly part, and a flood of guesses once slowed every login), the procedure is
// rate limited per client address, and one link used twice at once changes the password once.
// Calls come from addresses of their own via X-Forwarded-For behind one trusted proxy hop.
import { randomBytes, randomUUID } from "node:crypto";
import type { AppRouter } from "@interviewer/api";
import { createVerifiedAccount, latestMail, tokenFromMail } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import argon2 from "argon2";
import superjson from "superjson";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ env: { TRUST_PROXY: "1" } });
});
afterAll(async () => {
  await ts.stop();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A fresh documentation-range address, so each test is its own client. */
function newClientAddress(): string {
  const bytes = randomUUID().replaceAll("-", "");
  return `203.0.${Number.parseInt(bytes.slice(0, 2), 16)}.${Number.parseInt(bytes.slice(2, 4), 16)}`;
}

function clientFrom(address: string): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${ts.url}/trpc`, transformer: superjson, headers: { "x-forwarded-for": address } })],
  });
}

/** A token of the real shape that no email ever carried. */
function guessedToken(): string {
  return randomBytes(32).toString("base64url");
}

async function resetToken(email: string): Promise<string> {
  await ts.client.auth.requestPasswordReset.mutate({ email });
  return tokenFromMail((await latestMail(ts, email, "reset_password"))?.textBody ?? "");
}

async function reasonOf(promise: Promise<unknown>): Promise<string | undefined> {
  return (await errorOf(promise)).data?.reason;
}

describe("auth.resetPassword", () => {
  it("refuses a guessed token before hashing the new password, and hashes once for a real one", async () => {
    const account = await createVerifiedAccount(ts);
    const token = await resetToken(account.email);
    // The server runs in this process, so its argon2 is this module: every hash shows up here.
    const hashing = vi.spyOn(argon2, "hash");
    const stranger = clientFrom(newClientAddress());
    for (let guess = 0; guess < 5; guess += 1) {
      const refused = stranger.auth.resetPassword.mutate({
        token: guessedToken(),
        newPassword: "a guessed passphrase",
      });
      expect(await reasonOf(refused)).toBe("INVALID_TOKEN");
    }
    expect(hashing).not.toHaveBeenCalled();

    await clientFrom(newClientAddress()).auth.resetPassword.mutate({ token, newPassword: "my brand new passphrase" });
    expect(hashing).toHaveBeenCalledTimes(1);
  });

  it("is rate limited per client address: ten tries per quarter hour, then RATE_LIMITED with a wait", async () => {
    const account = await createVerifiedAccount(ts);
    const token = await resetToken(account.email);
    const address = newClientAddress();
    for (let guess = 0; guess < 10; guess += 1) {
      const refused = clientFrom(address).auth.resetPassword.mutate({
        token: guessedToken(),
        newPassword: "a guessed passphrase",
      });
      expect(await reasonOf(refused)).toBe("INVALID_TOKEN");
    }
    // Even the real link waits on that address; the limit refuses before the token is looked at…
    const limited = await errorOf(
      clientFrom(address).auth.resetPassword.mutate({ token, newPassword: "my brand new passphrase" }),
    );
    expect(limited.data?.reason).toBe("RATE_LIMITED");
    expect(limited.data?.details?.retryAfterSeconds).toBeGreaterThan(0);
    // …so the link was not used up, and works from another address.
    await expect(
      clientFrom(newClientAddress()).auth.resetPassword.mutate({ token, newPassword: "my brand new passphrase" }),
    ).resolves.toMatchObject({ status: "ok" });
  });

  it("one link used twice at once changes the password once, to the winner's", async () => {
    const account = await createVerifiedAccount(ts);
    const token = await resetToken(account.email);
    const passwords = ["first tab passphrase", "second tab passphrase"];
    const outcomes = await Promise.allSettled(
      passwords.map((newPassword) => clientFrom(newClientAddress()).auth.resetPassword.mutate({ token, newPassword })),
    );
    const winners = passwords.filter((_, index) => outcomes[index]?.status === "fulfilled");
    expect(winners).toHaveLength(1);
    const loser = outcomes.find((outcome) => outcome.status === "rejected");
    expect(await reasonOf(Promise.reject(loser?.reason))).toBe("INVALID_TOKEN");
    await expect(
      clientFrom(newClientAddress()).auth.login.mutate({
        email: account.email,
        password: winners[0] ?? "",
        refreshTokenDelivery: "body",
      }),
    ).resolves.toMatchObject({ user: { id: account.userId } });
  });
});
