// A procedure that trips a unique violation must not leak SQL, table names or driver messages;
// a validation error must come back as BAD_REQUEST naming the bad field.
import { INTERNAL_ERROR_MESSAGE, publicProcedure, router } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { PATH_NOT_VALID_MESSAGE, PATH_TOO_LONG_MESSAGE } from "../src/http/framework-errors.ts";
import { BODY_TOO_LARGE_MESSAGE } from "../src/plugins/trpc-request-guards.ts";

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

  it("a body over the 1 MiB limit is tRPC's PAYLOAD_TOO_LARGE, not Fastify's own shape", async () => {
    const raw = await fetch(`${ts.url}/trpc/createUser`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email: "big@example.com", displayName: "x".repeat(2 * 1024 * 1024) } }),
    });
    expect(raw.status).toBe(413);
    const body = await raw.text();
    expect(JSON.parse(body)).toMatchObject({
      error: { json: { message: BODY_TOO_LARGE_MESSAGE, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } },
    });
    expect(body).not.toContain("Bad Request");
  });

  it("a path too long or not decodable is a short tRPC BAD_REQUEST that does not echo the path", async () => {
    const longBatch = Array.from({ length: 600 }, () => "createUser").join(",");
    const tooLong = await fetch(`${ts.url}/trpc/${longBatch}?batch=1`);
    expect(tooLong.status).toBe(400);
    const tooLongBody = await tooLong.text();
    expect(JSON.parse(tooLongBody)).toMatchObject({
      error: { json: { message: PATH_TOO_LONG_MESSAGE, data: { code: "BAD_REQUEST", httpStatus: 400 } } },
    });
    expect(tooLongBody).not.toContain("createUser");
    expect(tooLongBody).not.toContain("FST_ERR");

    const malformed = await fetch(`${ts.url}/trpc/%E0%A4%A`);
    expect(malformed.status).toBe(400);
    expect(JSON.parse(await malformed.text())).toMatchObject({
      error: { json: { message: PATH_NOT_VALID_MESSAGE, data: { code: "BAD_REQUEST" } } },
    });

    // Elsewhere, the server's own error shape, just as short.
    const elsewhere = await fetch(`${ts.url}/%E0%A4%A`);
    expect(elsewhere.status).toBe(400);
    const elsewhereBody = await elsewhere.text();
    expect(JSON.parse(elsewhereBody)).toMatchObject({ error: "Bad Request", message: PATH_NOT_VALID_MESSAGE });
    expect(elsewhereBody).not.toContain("%E0");
  });
});
