// A procedure that trips a unique violation must not leak SQL, table names or driver messages;
// a validation error must come back as BAD_REQUEST naming the bad field.
import { INTERNAL_ERROR_MESSAGE, publicProcedure, router } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

const testRouter = router({
  createUser: publicProcedure
    .input(z.object({ email: z.email(), displayName: z.string().min(1).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const [user] = await ctx.db.insert(schema.users).values(input).returning({ id: schema.users.id });
      return user;
    }),
});

describe("error formatting", () => {
  let ts: TestServer<typeof testRouter>;
  beforeAll(async () => {
    ts = await startTestServer({ router: testRouter });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("a unique violation reaches the client as a generic internal error without SQL", async () => {
    await ts.client.createUser.mutate({ email: "dup@example.com", displayName: "First" });
    const error = await ts.client.createUser
      .mutate({ email: "DUP@example.com", displayName: "Second" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    const clientError = error as TRPCClientError<typeof testRouter>;
    expect(clientError.message).toBe(INTERNAL_ERROR_MESSAGE);
    expect(clientError.data?.code).toBe("INTERNAL_SERVER_ERROR");

    // And the raw HTTP body, which any client could read, carries nothing from the database either.
    const raw = await fetch(`${ts.url}/trpc/createUser`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // superjson's wire format, as the typed client sends it
      body: JSON.stringify({ json: { email: "dup@example.com", displayName: "Third" } }),
    });
    const body = await raw.text();
    expect(raw.status).toBe(500);
    for (const leak of ["insert", "users", "duplicate", "unique", "constraint", "23505", "stack", "at "]) {
      expect(body.toLowerCase()).not.toContain(leak);
    }
  });

  it("invalid input is a BAD_REQUEST that names the field, and nothing is written", async () => {
    const error = (await ts.client.createUser
      .mutate({ email: "not-an-email", displayName: "X" })
      .catch((e: unknown) => e)) as TRPCClientError<typeof testRouter>;
    expect(error.data?.code).toBe("BAD_REQUEST");
    expect(error.data?.fieldErrors).toHaveProperty("email");
    const users = await ts.database.handle.db.select().from(schema.users);
    expect(users.map((u) => u.email)).toEqual(["dup@example.com"]);
  });

  it("malformed JSON is a 400, not a 500", async () => {
    const raw = await fetch(`${ts.url}/trpc/createUser`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(raw.status).toBe(400);
  });
});
