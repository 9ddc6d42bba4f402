// Secrets never reach the logs: a whole session — sign-up, verification, login, refresh, an interview
// with its evaluation streamed over SSE (the access token travels in the URL's connectionParams), and
// a query that fails with a password hash and an email bound to it — logged at info level, and the
// captured log holds neither the password, its hash, nor any access or refresh token.
import { type AppRouter, appRouter, publicProcedure, router } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { createVerifiedAccount, streamingClient } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { createTRPCClient, httpLink } from "@trpc/client";
import { eq } from "drizzle-orm";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

// The app's procedures, plus one that trips a unique violation with the user's email and password
// hash as bound parameters (the sign-up race that once logged both).
const testRouter = router({
  ...appRouter._def.record,
  testing: router({
    duplicateAccount: publicProcedure.input(z.object({ userId: z.string() })).mutation(async ({ ctx, input }) => {
      const [user] = await ctx.db.select().from(schema.users).where(eq(schema.users.id, input.userId));
      if (!user) throw new Error("no such user");
      await ctx.db
        .insert(schema.users)
        .values({ email: user.email, displayName: user.displayName, passwordHash: user.passwordHash });
    }),
  }),
});

type LogEntry = { msg?: string; req?: { url?: string }; err?: { message?: string } };

describe("log redaction", () => {
  const logLines: string[] = [];
  let ts: TestServer<typeof testRouter>;
  beforeAll(async () => {
    ts = await startTestServer({ router: testRouter, logLines });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("a full session's log holds no password, hash, access token or refresh token", async () => {
    const client = createTRPCClient<AppRouter>({
      links: [httpLink({ url: `${ts.url}/trpc`, transformer: superjson })],
    });
    const account = await createVerifiedAccount({ url: ts.url, client, database: ts.database });
    const login = await client.auth.login.mutate({
      email: account.email,
      password: account.password,
      refreshTokenDelivery: "body",
    });
    if (!login.refreshToken) throw new Error("login returned no refresh token for body delivery");
    const refreshed = await client.auth.refresh.mutate({ refreshToken: login.refreshToken });

    const streaming = streamingClient(ts, refreshed.accessToken);
    const view = await streaming.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    const turn = { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "" };
    await streaming.interview.submitAnswer.mutate({
      ...turn,
      answer: "Add an index on the filtered columns and read the query plan with EXPLAIN ANALYZE.",
    });
    await new Promise<void>((resolve, reject) => {
      const subscription = streaming.interview.evaluation.subscribe(turn, {
        onData: (event) => {
          if (event.type !== "result") return;
          subscription.unsubscribe();
          resolve();
        },
        onError: (error) => {
          subscription.unsubscribe();
          reject(error);
        },
      });
    });

    const failure = await ts.client.testing.duplicateAccount
      .mutate({ userId: account.userId })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);

    const [user] = await ts.database.handle.db
      .select({ passwordHash: schema.users.passwordHash })
      .from(schema.users)
      .where(eq(schema.users.id, account.userId));
    const passwordHash = user?.passwordHash;
    expect(passwordHash).toMatch(/^\$argon2/);

    const log = logLines.join("\n");
    const secrets = {
      password: account.password,
      passwordHash,
      verifyAccessToken: account.accessToken,
      verifyRefreshToken: account.refreshToken,
      loginAccessToken: login.accessToken,
      loginRefreshToken: login.refreshToken,
      refreshedAccessToken: refreshed.accessToken,
      refreshedRefreshToken: refreshed.refreshToken,
    };
    for (const [name, secret] of Object.entries(secrets)) expect(secret, name).toBeTruthy();
    const leaked = Object.entries(secrets).filter(([, secret]) => log.includes(secret as string));
    expect(leaked.map(([name]) => name)).toEqual([]);

    // The lines that used to carry them are there, without them.
    const entries = logLines.map((line) => JSON.parse(line) as LogEntry);
    const streamRequest = entries.find((entry) => entry.req?.url?.startsWith("/trpc/interview.evaluation?"));
    expect(streamRequest?.req?.url).toContain("connectionParams=[redacted]");
    const failed = entries.find((entry) => entry.msg === "procedure failed");
    expect(failed?.err?.message).toContain("params: [redacted]");
  });
});
