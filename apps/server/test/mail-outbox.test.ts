// The email outbox end to end: rows written by enqueueMail, claimed and sent by processDueMail through
// the real Resend SDK to a fake Resend server that can fail, lose answers, and dedupe by idempotency
// key like the real one. Time only moves when the test moves the clock.
import {
  createResendTransport,
  enqueueMail,
  type MailTransport,
  type ProcessDueMailOptions,
  processDueMail,
} from "@interviewer/api";
import { type Database, openDatabase, schema } from "@interviewer/db";
import { type FakeResendServer, startFakeResendServer } from "@interviewer/testing/fake-resend-server";
import { createTestClock } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

const { mailOutbox } = schema;
const SECOND = 1000;

const silentLogger = { info() {}, warn() {}, error() {} };

describe("mail outbox", () => {
  const clock = createTestClock(new Date("2026-01-15T09:00:00.000Z"));
  let ts: TestServer;
  let db: Database;
  let resend: FakeResendServer;
  let transport: MailTransport;
  let pass: (overrides?: Partial<ProcessDueMailOptions>) => ReturnType<typeof processDueMail>;

  beforeAll(async () => {
    resend = await startFakeResendServer();
    ts = await startTestServer({ clock, mailWorker: false });
    db = ts.database.handle.db;
    transport = createResendTransport({ apiKey: resend.apiKey, baseUrl: resend.url });
    pass = (overrides = {}) =>
      processDueMail({
        db,
        clock,
        transport,
        from: "Interviewer <no-reply@test.local>",
        logger: silentLogger,
        ...overrides,
      });
  });
  afterAll(async () => {
    await ts?.stop();
    await resend?.close();
  });
  beforeEach(async () => {
    await db.delete(mailOutbox);
    resend.reset();
  });

  async function enqueueVerification(to: string) {
    return enqueueMail(db, clock, to, "verify_email", {
      displayName: "Ada",
      verifyUrl: `https://app.test/verify?token=${encodeURIComponent(to)}`,
      expiresInHours: 24,
    });
  }

  async function row(id: string) {
    const [found] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    if (!found) throw new Error(`no outbox row ${id}`);
    return found;
  }

  it("sends a due message through Resend and records the provider's id", async () => {
    const { id } = await enqueueVerification("ada@example.com");
    expect(await pass()).toEqual({ sent: 1, failed: 0, retried: 0 });

    expect(resend.delivered).toHaveLength(1);
    const [delivered] = resend.delivered;
    expect(delivered).toMatchObject({
      from: "Interviewer <no-reply@test.local>",
      to: ["ada@example.com"],
      subject: "Confirm your email address for Interviewer",
    });
    expect(delivered?.text).toContain("https://app.test/verify?token=ada%40example.com");
    const stored = await row(id);
    expect(stored).toMatchObject({ status: "sent", attempts: 1, providerMessageId: delivered?.id, lastError: null });
    expect(stored.sentAt).toEqual(clock.now());
    expect(delivered?.idempotencyKey).toBe(stored.idempotencyKey);

    expect(await pass()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(resend.requestCount()).toBe(1);
  });

  it("delivers every message exactly once after an outage, once the clock passes the backoff", async () => {
    const ids = await Promise.all(["a@example.com", "b@example.com", "c@example.com"].map(enqueueVerification));
    resend.failNext(4, 500);

    // First attempt: all three hit the outage.
    expect(await pass()).toEqual({ sent: 0, failed: 0, retried: 3 });
    for (const { id } of ids) {
      expect(await row(id)).toMatchObject({
        status: "pending",
        attempts: 1,
        lastError: expect.stringContaining("500"),
      });
    }
    // Not due again before the 10 s backoff.
    clock.advance(9 * SECOND);
    expect(await pass()).toEqual({ sent: 0, failed: 0, retried: 0 });

    // Second attempt: the outage swallows one more request; that message backs off 20 s.
    clock.advance(1 * SECOND);
    expect(await pass()).toEqual({ sent: 2, failed: 0, retried: 1 });
    clock.advance(19 * SECOND);
    expect(await pass()).toEqual({ sent: 0, failed: 0, retried: 0 });
    clock.advance(1 * SECOND);
    expect(await pass()).toEqual({ sent: 1, failed: 0, retried: 0 });

    expect(resend.delivered.map((mail) => mail.to[0]).sort()).toEqual([
      "a@example.com",
      "b@example.com",
      "c@example.com",
    ]);
    for (const { id } of ids) expect((await row(id)).status).toBe("sent");
    clock.advance(3600 * SECOND);
    expect(await pass()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(resend.delivered).toHaveLength(3);
  });

  it("treats a rate limit (429) as temporary", async () => {
    const { id } = await enqueueVerification("busy@example.com");
    resend.failNext(1, 429);
    expect(await pass()).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect((await row(id)).lastError).toContain("rate_limit_exceeded");
    clock.advance(10 * SECOND);
    expect(await pass()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(resend.delivered).toHaveLength(1);
  });

  it("does not deliver twice when Resend sent the message but the answer was lost", async () => {
    const { id } = await enqueueVerification("lost@example.com");
    resend.dropResponseAfterDelivery(1);

    expect(await pass()).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(resend.delivered).toHaveLength(1);

    clock.advance(10 * SECOND);
    expect(await pass()).toEqual({ sent: 1, failed: 0, retried: 0 });
    // The retry reached Resend with the same idempotency key and got the first delivery's id back.
    expect(resend.requestCount()).toBe(2);
    expect(resend.delivered).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, providerMessageId: resend.delivered[0]?.id });
  });

  it("gives up at once on a message Resend rejects as invalid", async () => {
    const { id } = await enqueueVerification("invalid@example.com");
    resend.failNext(1, 422);
    expect(await pass()).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect(await row(id)).toMatchObject({ status: "failed", attempts: 1, lastError: expect.stringContaining("422") });
    clock.advance(3600 * SECOND);
    expect(await pass()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(resend.requestCount()).toBe(1);
  });

  it("gives up after 10 attempts and keeps the last error", async () => {
    const { id } = await enqueueVerification("down@example.com");
    resend.failNext(1000, 500);
    const results = [];
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      results.push(await pass());
      clock.advance(3600 * SECOND);
    }
    expect(results.slice(0, 9).every((result) => result.retried === 1)).toBe(true);
    expect(results[9]).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect(await row(id)).toMatchObject({ status: "failed", attempts: 10, lastError: expect.stringContaining("500") });
    expect(await pass()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(resend.requestCount()).toBe(10);
  });

  it("never sends one message twice when several passes run at once", async () => {
    const count = 24;
    for (let index = 0; index < count; index += 1) await enqueueVerification(`user${index}@example.com`);
    // Slow answers keep each pass busy while the others claim.
    resend.setLatencyMs(15);

    // On PostgreSQL, half the passes go through a second connection pool: a second server instance.
    const secondInstance =
      ts.database.engine === "postgres" && ts.database.url
        ? await openDatabase({ engine: "postgres", url: ts.database.url, poolSize: 4 })
        : undefined;
    try {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          pass({ batchSize: 3, db: index % 2 === 1 && secondInstance ? secondInstance.db : db }),
        ),
      );
      // Six passes of three can take at most 18; let the rest go in follow-up passes.
      let sent = results.reduce((total, result) => total + result.sent, 0);
      for (let more = 0; more < 10 && sent < count; more += 1) {
        const next = await Promise.all([pass({ batchSize: 5 }), pass({ batchSize: 5 })]);
        sent += next.reduce((total, result) => total + result.sent, 0);
      }

      expect(sent).toBe(count);
      // Not merely deduplicated by the provider: no message was even requested twice.
      expect(resend.requestCount()).toBe(count);
      expect(new Set(resend.delivered.map((mail) => mail.to[0])).size).toBe(count);
      const rows = await db.select().from(mailOutbox);
      expect(rows.every((stored) => stored.status === "sent" && stored.attempts === 1)).toBe(true);
    } finally {
      await secondInstance?.close();
    }
  });

  it("hands claimed but unsent messages back at once when the pass is told to stop", async () => {
    for (const to of ["one@example.com", "two@example.com", "three@example.com"]) await enqueueVerification(to);
    const shutdown = new AbortController();
    // The real transport, with the shutdown signal arriving while the first message is in flight.
    const stoppingTransport: MailTransport = {
      name: transport.name,
      async send(message) {
        const sent = await transport.send(message);
        shutdown.abort();
        return sent;
      },
    };
    expect(await pass({ transport: stoppingTransport, signal: shutdown.signal })).toEqual({
      sent: 1,
      failed: 0,
      retried: 0,
    });
    const waiting = await db.select().from(mailOutbox).where(eq(mailOutbox.status, "pending"));
    expect(waiting).toHaveLength(2);
    // Not held for the lease, and the interrupted claim does not count as an attempt.
    expect(waiting.every((stored) => stored.attempts === 0 && stored.nextAttemptAt <= clock.now())).toBe(true);
    expect(await pass()).toEqual({ sent: 2, failed: 0, retried: 0 });
    expect(resend.delivered).toHaveLength(3);
  });

  it("never sends an email whose transaction rolled back", async () => {
    const rollback = new Error("sign-up failed after writing the email");
    await expect(
      db.transaction(async (tx) => {
        await enqueueMail(tx, clock, "ghost@example.com", "welcome", {
          displayName: "Ghost",
          dashboardUrl: "https://app.test/dashboard",
        });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    await db.transaction(async (tx) => {
      await enqueueMail(tx, clock, "kept@example.com", "welcome", {
        displayName: "Kept",
        dashboardUrl: "https://app.test/dashboard",
      });
    });

    expect(await pass()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(resend.delivered.map((mail) => mail.to[0])).toEqual(["kept@example.com"]);
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, "ghost@example.com"))).toEqual([]);
  });

  it("lists messages at /dev/mail and renders one, escaped", async () => {
    const older = await enqueueMail(db, clock, "first@example.com", "account_deleted", { displayName: "First" });
    clock.advance(SECOND);
    const { id } = await enqueueMail(db, clock, "mallory@example.com", "verify_email", {
      displayName: "<script>alert(1)</script>",
      verifyUrl: "https://app.test/verify?token=abc",
      expiresInHours: 24,
    });

    const list = await fetch(`${ts.url}/dev/mail`);
    expect(list.status).toBe(200);
    expect(list.headers.get("content-type")).toContain("text/html");
    const listHtml = await list.text();
    expect(listHtml).toContain("mallory@example.com");
    expect(listHtml).toContain(`href="/dev/mail/${id}"`);
    expect(listHtml).toContain("verify_email");
    expect(listHtml).toContain("pending");
    // Newest first.
    expect(listHtml.indexOf(id)).toBeLessThan(listHtml.indexOf(older.id));

    const json = (await (await fetch(`${ts.url}/dev/mail.json`)).json()) as {
      messages: { id: string; to: string; status: string; links: string[] }[];
    };
    expect(json.messages.map((message) => message.id)).toEqual([id, older.id]);
    expect(json.messages[0]).toMatchObject({ to: "mallory@example.com", links: ["https://app.test/verify?token=abc"] });

    const view = await fetch(`${ts.url}/dev/mail/${id}`);
    expect(view.status).toBe(200);
    const viewHtml = await view.text();
    expect(viewHtml).toContain("Confirm your email address for Interviewer");
    expect(viewHtml).toContain('<a href="https://app.test/verify?token=abc">');
    expect(viewHtml).toContain("<iframe");
    expect(viewHtml).toContain("sandbox");
    expect(viewHtml).toContain("Hi &lt;script&gt;alert(1)&lt;/script&gt;,"); // the text version, escaped
    expect(viewHtml).not.toContain("<script>");

    expect((await fetch(`${ts.url}/dev/mail/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await fetch(`${ts.url}/dev/mail/not-a-uuid`)).status).toBe(404);
  });

  it("does not mount /dev/mail in production", async () => {
    const production = await startTestServer({
      mailWorker: false,
      env: { NODE_ENV: "production", AUTH_SECRET: "a-production-secret-that-is-long-enough-0123456789" },
    });
    try {
      expect(production.config.devToolsEnabled).toBe(false);
      expect((await fetch(`${production.url}/dev/mail`)).status).toBe(404);
      expect((await fetch(`${production.url}/dev/mail.json`)).status).toBe(404);
      expect((await fetch(`${production.url}/dev/mail/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    } finally {
      await production.stop();
    }
  });
});

describe("the server's mail worker", () => {
  it("delivers enqueued mail through Resend on its own and stops with the server", async () => {
    const resend = await startFakeResendServer();
    const ts = await startTestServer({
      env: { RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url, MAIL_WORKER_INTERVAL_MS: "20" },
    });
    try {
      expect(ts.config.mail.transport).toBe("resend");
      const { id } = await enqueueMail(
        ts.database.handle.db,
        { now: () => new Date() },
        "auto@example.com",
        "welcome",
        {
          displayName: "Auto",
          dashboardUrl: "https://app.test/dashboard",
        },
      );
      // The worker runs on real timers; wait for its outcome rather than for a fixed time.
      await expect.poll(() => resend.delivered.length, { timeout: 10_000, interval: 20 }).toBe(1);
      await expect
        .poll(
          async () => (await ts.database.handle.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0]?.status,
          { timeout: 10_000, interval: 20 },
        )
        .toBe("sent");
    } finally {
      await ts.stop();
      await resend.close();
    }
    expect(resend.requestCount()).toBe(1);
  });
});
