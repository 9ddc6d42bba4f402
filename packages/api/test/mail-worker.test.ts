// The mail worker as the server runs it: startMailWorker on the shared periodic-job runner, with the
// ticks driven by the test (no timers) and a transport that records what it was asked to send.
import { schema } from "@interviewer/db";
import { createTestDatabase, type TestDatabase } from "@interviewer/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { enqueueMail } from "../src/mail/outbox.ts";
import type { MailTransport, OutgoingMail } from "../src/mail/transport.ts";
import { startMailWorker } from "../src/mail/worker.ts";
import type { Clock } from "../src/shared/clock.ts";
import type { IntervalScheduler } from "../src/shared/periodic-job.ts";

const clock: Clock = { now: () => new Date("2026-01-15T09:00:00.000Z") };
const silentLogger = { info() {}, warn() {}, error() {} };

function manualScheduler() {
  let tick: (() => void) | undefined;
  const scheduler: IntervalScheduler = {
    every(_intervalMs, onTick) {
      tick = onTick;
      return () => {
        tick = undefined;
      };
    },
  };
  return { scheduler, tick: () => tick?.() };
}

/** Records every message; `sent(n)` resolves once n messages have gone out. */
function recordingTransport() {
  const messages: OutgoingMail[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const transport: MailTransport = {
    name: "recording",
    async send(message) {
      messages.push(message);
      for (const waiter of waiters) if (messages.length >= waiter.count) waiter.resolve();
      return { providerMessageId: `msg-${messages.length}` };
    },
  };
  const sent = (count: number) =>
    new Promise<void>((resolve) => {
      if (messages.length >= count) resolve();
      else waiters.push({ count, resolve });
    });
  return { transport, messages, sent };
}

describe("the mail worker", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.dispose();
  });
  beforeEach(async () => {
    await database.handle.db.delete(schema.mailOutbox);
  });

  async function enqueue(count: number) {
    for (let index = 0; index < count; index += 1) {
      await enqueueMail(database.handle.db, clock, `reader${index}@example.com`, "verify_email", {
        displayName: "Ada",
        verifyUrl: `https://app.test/verify?token=${index}`,
        expiresInHours: 24,
      });
    }
  }

  it("sends everything due on one tick, batch after batch while batches come back full", async () => {
    await enqueue(5);
    const { transport, messages, sent } = recordingTransport();
    const { scheduler, tick } = manualScheduler();
    const worker = startMailWorker({
      db: database.handle.db,
      clock,
      transport,
      from: "Interviewer <no-reply@test.local>",
      logger: silentLogger,
      batchSize: 2,
      // Real timers would not fire within the test: only the manual ticks run passes.
      intervalMs: 3_600_000,
      scheduler,
    });
    tick();
    await sent(5);
    await worker.stop();
    expect(messages.map((message) => message.to).sort()).toEqual(
      [0, 1, 2, 3, 4].map((index) => `reader${index}@example.com`),
    );
    const rows = await database.handle.db.select().from(schema.mailOutbox);
    expect(rows.map((row) => row.status)).toEqual(["sent", "sent", "sent", "sent", "sent"]);
  });

  it("sends nothing after it has been stopped", async () => {
    await enqueue(1);
    const { transport, messages } = recordingTransport();
    const { scheduler, tick } = manualScheduler();
    const worker = startMailWorker({
      db: database.handle.db,
      clock,
      transport,
      from: "Interviewer <no-reply@test.local>",
      logger: silentLogger,
      // Real timers would not fire within the test: only the manual ticks run passes.
      intervalMs: 3_600_000,
      scheduler,
    });
    await worker.stop();
    tick();
    expect(messages).toEqual([]);
    const [row] = await database.handle.db.select().from(schema.mailOutbox);
    expect(row?.status).toBe("pending");
  });
});
