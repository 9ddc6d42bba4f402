// The fast tRPC path answers exactly as tRPC's official fastify adapter does: the same requests, sent
// raw to one server on each path, get the same status, the same headers (but the framing ones: the
// official adapter streams a chunked body, the fast path sends a content-length) and the same body
// bytes. The whole integration suite also runs through both paths (vitest.config.ts); this file
// pins the wire format on the cases where the two could drift.
import { appRouter, DomainError, protectedProcedure, publicProcedure, router } from "@interviewer/api";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

/** Procedures whose answers don't depend on time or randomness, beside the real API's. */
const probeRouter = router({
  echoDate: publicProcedure
    .input(z.object({ at: z.date(), label: z.string().max(10) }))
    .query(({ input }) => ({ at: input.at, label: input.label, next: new Date(input.at.getTime() + 1000) })),
  conflict: publicProcedure.mutation(() => {
    throw new DomainError("CONFLICT", "ALREADY_ANSWERED", "This question already has an answer.");
  }),
  limited: publicProcedure.query(() => {
    throw new DomainError("TOO_MANY_REQUESTS", "RATE_LIMITED", "Too many attempts; try again later.", {
      retryAfterSeconds: 42,
    });
  }),
  crash: publicProcedure.query(() => {
    throw new Error("connection to 10.0.0.5 refused (a detail no client may see)");
  }),
  ping: publicProcedure.mutation(() => "pong"),
  setCookie: publicProcedure.mutation(({ ctx }) => {
    ctx.request.cookies.set("probe", "value-1", { path: "/", httpOnly: true, sameSite: "lax", secure: false });
    return { set: true };
  }),
  whoAmI: protectedProcedure.query(({ ctx }) => ({ userId: ctx.viewer.userId })),
});

const testRouter = router({ ...appRouter._def.record, probe: probeRouter });

interface WireAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Whether the body came with a content-length (fast path) rather than chunked (official adapter). */
  framedByLength: boolean;
}

/** Headers that say how the bytes travel or identify the request, not what the answer is. */
const FRAMING_HEADERS = new Set([
  "date",
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "x-request-id",
]);

async function send(ts: TestServer, path: string, init: RequestInit = {}): Promise<WireAnswer> {
  const response = await fetch(`${ts.url}${path}`, init);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!FRAMING_HEADERS.has(name)) headers[name] = value;
  });
  return {
    status: response.status,
    headers,
    body: await response.text(),
    framedByLength: response.headers.has("content-length"),
  };
}

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});
const query = (input: unknown) => `input=${encodeURIComponent(JSON.stringify(input))}`;
const at = "2026-03-01T12:00:00.000Z";

/** name → [path, request, whether the fast path answers it itself]. */
const cases: Record<string, [string, RequestInit, boolean]> = {
  "a query": ["/trpc/system.info", {}, true],
  "a query whose input and output carry Dates (superjson both ways)": [
    `/trpc/probe.echoDate?${query({ json: { at, label: "x" }, meta: { values: { at: ["Date"] } } })}`,
    {},
    true,
  ],
  "a mutation without input and without a body": [
    "/trpc/probe.ping",
    { method: "POST", headers: { "content-type": "application/json" } },
    true,
  ],
  "a mutation with a JSON charset": [
    "/trpc/probe.ping",
    { method: "POST", headers: { "content-type": "application/json; charset=utf-8" }, body: "{}" },
    true,
  ],
  "a mutation that sets a cookie": ["/trpc/probe.setCookie", json({}), true],
  "a validation error, with field errors": [
    "/trpc/auth.signUp",
    json({ json: { email: "not an email", password: "x", name: "" } }),
    true,
  ],
  "a domain error": ["/trpc/probe.conflict", json({}), true],
  "an unauthorized call": ["/trpc/account.me", {}, true],
  "an unauthorized call with a forged token": [
    "/trpc/probe.whoAmI",
    { headers: { authorization: "Bearer a.b.c" } },
    true,
  ],
  "an internal error, masked": ["/trpc/probe.crash", {}, true],
  "a rate-limited call, with Retry-After": ["/trpc/probe.limited", {}, true],
  "a batch mixing success and errors (207)": [
    `/trpc/system.info,account.me,probe.echoDate,probe.limited?batch=1&${query({ 2: { json: { at, label: "way too long a label" } } })}`,
    {},
    true,
  ],
  "a batch of mutations over POST": ["/trpc/probe.ping,probe.conflict?batch=1", json({ 0: {}, 1: {} }), true],
  "a batch whose input is not an object": [`/trpc/probe.echoDate?batch=1&${query([1])}`, {}, true],
  "an unknown procedure": ["/trpc/no.such.procedure", {}, true],
  "a batch with an unknown procedure": ["/trpc/system.info,nope?batch=1", {}, true],
  "a query sent as POST": ["/trpc/system.info", json({}), true],
  "a mutation sent as GET": ["/trpc/probe.ping", {}, true],
  "a body that is not JSON": [
    "/trpc/auth.signUp",
    { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" },
    true,
  ],
  "an input the wire transformer refuses": [
    `/trpc/probe.echoDate?${query({ json: { at, label: "x" }, meta: { values: { at: ["class", "Evil"] } } })}`,
    {},
    true,
  ],
  "a cross-origin call from an allowed origin": [
    "/trpc/system.info",
    { headers: { origin: "http://localhost:3000" } },
    true,
  ],
  "a cross-origin call from a stranger": ["/trpc/system.info", { headers: { origin: "https://evil.example" } }, true],
  // Left to the official handler by the fast path: the answers are equal because they are the same code.
  "a batch over the size limit": [
    `/trpc/${Array.from({ length: 11 }, () => "system.info").join(",")}?batch=1`,
    {},
    false,
  ],
  "a streaming batch (jsonl)": [
    "/trpc/system.info?batch=1",
    { headers: { "trpc-accept": "application/jsonl" } },
    false,
  ],
  "a HEAD request": ["/trpc/system.info", { method: "HEAD" }, false],
};

describe("the fast tRPC path", () => {
  const fastLog: string[] = [];
  const officialLog: string[] = [];
  let fast: TestServer<typeof testRouter>;
  let official: TestServer<typeof testRouter>;
  beforeAll(async () => {
    fast = await startTestServer({ router: testRouter, trpcHttpPath: "fast", logLines: fastLog });
    official = await startTestServer({ router: testRouter, trpcHttpPath: "official", logLines: officialLog });
  });
  afterAll(async () => {
    await Promise.all([fast?.stop(), official?.stop()]);
  });

  for (const [name, [path, init, answeredByFastPath]] of Object.entries(cases)) {
    it(`answers ${name} byte for byte as the official adapter does`, async () => {
      const [fromFast, fromOfficial] = [await send(fast, path, init), await send(official, path, init)];
      expect({ ...fromFast, framedByLength: undefined }).toEqual({ ...fromOfficial, framedByLength: undefined });
      // The official adapter always streams; a length-framed answer shows the fast path made it.
      expect(fromOfficial.framedByLength && init.method !== "HEAD").toBe(false);
      if (init.method !== "HEAD") expect(fromFast.framedByLength).toBe(answeredByFastPath);
    });
  }

  // Refused before either path sees the request (trpc-request-guards.ts): the same answer, framing included.
  const refusals: Record<string, [string, RequestInit]> = {
    "a form-data body": ["/trpc/probe.ping", { method: "POST", body: new FormData() }],
    "a text/plain body": [
      "/trpc/probe.ping",
      { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" },
    ],
    "JSON nested too deeply": [
      "/trpc/probe.ping",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: `{"json":${"[".repeat(80)}${"]".repeat(80)}}`,
      },
    ],
    "a query input nested too deeply": [`/trpc/system.info?input=${encodeURIComponent("[".repeat(80))}`, {}],
    "a body over the size limit": [
      "/trpc/probe.ping",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ pad: "x".repeat(2 ** 21) }),
      },
    ],
  };
  for (const [name, [path, init]] of Object.entries(refusals)) {
    it(`refuses ${name} with the same answer on both paths`, async () => {
      const [fromFast, fromOfficial] = [await send(fast, path, init), await send(official, path, init)];
      expect(fromFast).toEqual(fromOfficial);
      expect(fromFast.status).toBeGreaterThanOrEqual(400);
    });
  }

  it("sets Retry-After and 207 on a batch where one call is rate limited", async () => {
    const answer = await send(fast, "/trpc/system.info,probe.limited?batch=1");
    expect(answer.status).toBe(207);
    expect(answer.headers["retry-after"]).toBe("42");
  });

  it("logs a masked internal error once per failed call, with the procedure, on both paths", async () => {
    const failures = (lines: string[]) =>
      lines
        .map((line) => JSON.parse(line) as { msg?: string; procedure?: string; err?: { message?: string } })
        .filter((entry) => entry.msg === "procedure failed");
    const before = [failures(fastLog).length, failures(officialLog).length];
    await send(fast, "/trpc/probe.crash,probe.crash?batch=1");
    await send(official, "/trpc/probe.crash,probe.crash?batch=1");
    const fastFailures = failures(fastLog).slice(before[0]);
    const officialFailures = failures(officialLog).slice(before[1]);
    expect(fastFailures).toHaveLength(2);
    expect(fastFailures.map((entry) => [entry.procedure, entry.err?.message])).toEqual(
      officialFailures.map((entry) => [entry.procedure, entry.err?.message]),
    );
  });
});
