// Rate limits and the login delay as an attacker meets them over HTTP: batched calls, superjson
// `meta` tricks, calls that fail validation, strangers guessing someone else's password, and races.
// Requests are sent raw (as an attacker would, not through the typed client), each from a client
// address of its own via X-Forwarded-For behind one trusted proxy hop.
import { randomUUID } from "node:crypto";
import { schema } from "@interviewer/db";
import { createVerifiedAccount, uniqueEmail } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

interface CallOutcome {
  ok: boolean;
  reason: string | undefined;
  message: string | undefined;
}

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ env: { TRUST_PROXY: "1" } });
});
afterAll(async () => {
  await ts.stop();
});

/** A fresh documentation-range address, so each test is its own client. */
function newClientAddress(): string {
  const bytes = randomUUID().replaceAll("-", "");
  return `198.51.${Number.parseInt(bytes.slice(0, 2), 16)}.${Number.parseInt(bytes.slice(2, 4), 16)}`;
}

async function post(path: string, body: unknown, clientAddress: string): Promise<Response> {
  return fetch(`${ts.url}/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": clientAddress },
    body: JSON.stringify(body),
  });
}

function outcomeOf(entry: unknown): CallOutcome {
  const error = (entry as { error?: { json?: { message?: string; data?: { reason?: string } } } }).error?.json;
  return { ok: !error, reason: error?.data?.reason, message: error?.message };
}

/** One HTTP request carrying every call: `/trpc/a,a,a?batch=1`. */
async function batch(
  procedure: string,
  inputs: unknown[],
  clientAddress: string,
): Promise<{ response: Response; outcomes: CallOutcome[] }> {
  const body = Object.fromEntries(inputs.map((input, index) => [String(index), { json: input }]));
  const response = await post(`${inputs.map(() => procedure).join(",")}?batch=1`, body, clientAddress);
  const parsed: unknown = await response.json();
  return { response, outcomes: Array.isArray(parsed) ? parsed.map(outcomeOf) : [outcomeOf(parsed)] };
}

const login = (email: string, password: string) => ({ email, password, refreshTokenDelivery: "body" });

function count(outcomes: CallOutcome[], reason: string | undefined): number {
  return outcomes.filter((outcome) => outcome.reason === reason).length;
}

async function mailCount(to: string, template: string): Promise<number> {
  const [row] = await ts.database.handle.db
    .select({ n: sql<number>`count(*)::int` })
    .from(schema.mailOutbox)
    .where(and(eq(schema.mailOutbox.toAddress, to), eq(schema.mailOutbox.template, template)));
  return row?.n ?? 0;
}

describe("batched calls", () => {
  it("a batch of ten guesses at one password gets six answers and four delays", async () => {
    const account = await createVerifiedAccount(ts);
    const guesses = Array.from({ length: 10 }, (_, i) => login(account.email, `wrong guess ${i}`));
    const { outcomes } = await batch("auth.login", guesses, newClientAddress());
    // Five free failures, the sixth starts the delay; the rest must see it although they ran at once.
    expect(count(outcomes, "INVALID_CREDENTIALS")).toBe(6);
    expect(count(outcomes, "LOGIN_DELAYED")).toBe(4);
  });

  it("a batch larger than the limit is refused whole, and none of its calls runs", async () => {
    const account = await createVerifiedAccount(ts);
    const calls = Array.from({ length: 11 }, () => ({ email: account.email }));
    const { response } = await batch("auth.requestPasswordReset", calls, newClientAddress());
    expect(response.status).toBe(400);
    expect(await mailCount(account.email, "reset_password")).toBe(0);
  });

  it("every call of a batch counts against the per-client login limit", async () => {
    const client = newClientAddress();
    const outcomes: CallOutcome[] = [];
    for (let request = 0; request < 6; request += 1) {
      const guesses = Array.from({ length: 10 }, () => login(uniqueEmail("sprayed"), "a wrong password"));
      outcomes.push(...(await batch("auth.login", guesses, client)).outcomes);
    }
    expect(count(outcomes, "INVALID_CREDENTIALS")).toBe(50);
    expect(count(outcomes, "RATE_LIMITED")).toBe(10);
  });

  it("reset requests for one address in one batch send at most three emails and say when to retry", async () => {
    const account = await createVerifiedAccount(ts);
    const calls = Array.from({ length: 8 }, () => ({ email: account.email }));
    const { response, outcomes } = await batch("auth.requestPasswordReset", calls, newClientAddress());
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(3);
    expect(count(outcomes, "RATE_LIMITED")).toBe(5);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await mailCount(account.email, "reset_password")).toBe(3);
  });
});

describe("limits read the decoded input", () => {
  it("superjson's meta cannot swap the email after a limiter would have read it", async () => {
    const victim = await createVerifiedAccount(ts);
    const client = newClientAddress();
    const outcomes: CallOutcome[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await post(
        "auth.requestPasswordReset",
        {
          json: { email: uniqueEmail(`decoy${i}`), x: victim.email },
          meta: { referentialEqualities: { x: ["email"] } },
        },
        client,
      );
      outcomes.push(outcomeOf(await response.json()));
    }
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, true, false, false, false]);
    expect(count(outcomes, "RATE_LIMITED")).toBe(3);
    expect(await mailCount(victim.email, "reset_password")).toBe(3);
  });

  it("a superjson class annotation is refused cheaply with a fixed message", async () => {
    const response = await post(
      "auth.requestPasswordReset",
      { json: { email: {} }, meta: { values: { email: ["class", "Evil"] } } },
      newClientAddress(),
    );
    expect(response.status).toBe(400);
    const { message } = outcomeOf(await response.json());
    expect(message).toBe("The request input is not valid: send it the way the tRPC client does.");
    expect(JSON.stringify(message)).not.toMatch(/stack|Maximum/i);
  });
  it("refuses Set and Map annotations: no input takes one, and superjson walks a Set to reach each member", async () => {
    // An input array turned into a Set, then its last member named again and again: quadratic for
    // superjson if it were let through (a 900 KB request of this shape held the event loop for 15 s).
    const members = Array.from({ length: 2000 }, (_, index) => index);
    const asSet = {
      json: { email: members, password: "x" },
      meta: { values: { email: ["set"] }, referentialEqualities: { "email.1999": Array(2000).fill("email.1999") } },
    };
    const asMap = { json: { email: [[1, 2]], password: "x" }, meta: { values: { email: ["map"] } } };
    for (const payload of [asSet, asMap]) {
      const response = await post("auth.login", payload, newClientAddress());
      expect(response.status).toBe(400);
      expect(outcomeOf(await response.json()).message).toBe(
        "The request input is not valid: send it the way the tRPC client does.",
      );
    }
  });

  it("refuses more superjson annotations than any input has, and accepts a Date as the client sends it", async () => {
    const annotations = Object.fromEntries(Array.from({ length: 1001 }, (_, index) => [`n.${index}`, ["number"]]));
    const tooMany = { json: { email: "a@example.com", n: Array(1001).fill("NaN") }, meta: { values: annotations } };
    const refused = await post("auth.requestPasswordReset", tooMany, newClientAddress());
    expect(refused.status).toBe(400);
    expect(outcomeOf(await refused.json()).message).toBe(
      "The request input is not valid: send it the way the tRPC client does.",
    );
    // The same request with a handful of annotations reaches the procedure (which ignores `n`).
    const few = { json: { email: uniqueEmail("few"), n: ["NaN"] }, meta: { values: { "n.0": ["number"] } } };
    const accepted = await post("auth.requestPasswordReset", few, newClientAddress());
    expect(accepted.status).toBe(200);
  });
});

describe("nobody can lock the owner out", () => {
  it("logins rejected by validation never count against the account or the client", async () => {
    const owner = await createVerifiedAccount(ts);
    const client = newClientAddress();
    for (let request = 0; request < 6; request += 1) {
      const empty = Array.from({ length: 10 }, () => login(owner.email, ""));
      const { outcomes } = await batch("auth.login", empty, client);
      expect(count(outcomes, "BAD_REQUEST")).toBe(10);
    }
    const { outcomes } = await batch("auth.login", [login(owner.email, owner.password)], client);
    expect(outcomes).toEqual([{ ok: true, reason: undefined, message: undefined }]);
  });

  it("a stranger's failed guesses delay the stranger, never the owner", async () => {
    const owner = await createVerifiedAccount(ts);
    const stranger = newClientAddress();
    const strangerOutcomes: CallOutcome[] = [];
    for (let i = 0; i < 8; i += 1) {
      strangerOutcomes.push(...(await batch("auth.login", [login(owner.email, `guess ${i}`)], stranger)).outcomes);
    }
    expect(count(strangerOutcomes, "LOGIN_DELAYED")).toBeGreaterThan(0);
    // Even the right password waits on the stranger's address…
    const fromStranger = await batch("auth.login", [login(owner.email, owner.password)], stranger);
    expect(fromStranger.outcomes[0]?.reason).toBe("LOGIN_DELAYED");
    // …while the owner, from their own address, signs in at once.
    const fromOwner = await batch("auth.login", [login(owner.email, owner.password)], newClientAddress());
    expect(fromOwner.outcomes[0]?.ok).toBe(true);
  });
});

describe("races", () => {
  it("five simultaneous sign-ups of one new email all get the same answer and make one account", async () => {
    const email = uniqueEmail("racer");
    const attempts = await Promise.all(
      Array.from({ length: 5 }, () =>
        post(
          "auth.signUp",
          { json: { email, password: "correct horse battery staple", displayName: "Racer" } },
          newClientAddress(),
        ),
      ),
    );
    expect(attempts.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    const users = await ts.database.handle.db
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(eq(sql`lower(${schema.users.email})`, email.toLowerCase()));
    expect(users).toHaveLength(1);
  });
});
