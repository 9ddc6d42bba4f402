// Statement budgets of account.me, counted at the driver (every statement Drizzle sends, including
// the session check protectedProcedure makes): the viewer statement already carries the account's
// own columns, so `me` adds only the read of linked sign-in providers. A change that adds a read to
// this path fails here, on both engines, instead of in production latency.

import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("statement budget of account.me", () => {
  let ts: TestServer;
  let candidate: TestAccount;
  beforeAll(async () => {
    ts = await startTestServer();
    candidate = await createVerifiedAccount(ts, { displayName: "Budget Candidate" });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("me reads the viewer with the account, then the linked providers: two statements", async () => {
    const statements = await ts.database.statements.during(() => candidate.client.account.me.query());
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(2);
  });

  it("me still answers with the whole account, and a renamed account shows its new name at once", async () => {
    const me = await candidate.client.account.me.query();
    expect(me).toMatchObject({
      id: candidate.userId,
      email: candidate.email,
      displayName: "Budget Candidate",
      emailVerified: true,
      hasPassword: true,
      providers: [],
    });
    expect(me.createdAt).toBeInstanceOf(Date);
    const renamed = await candidate.client.account.updateProfile.mutate({ displayName: "Renamed Candidate" });
    expect(renamed).toMatchObject({ id: candidate.userId, displayName: "Renamed Candidate", hasPassword: true });
    expect(renamed.createdAt.getTime()).toBe(me.createdAt.getTime());
    await expect(candidate.client.account.me.query()).resolves.toMatchObject({ displayName: "Renamed Candidate" });
  });
});
