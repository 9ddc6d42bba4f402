// The outbox worker: finds due messages, sends them through the transport, and records the outcome —
// sent, retry later with exponential backoff, or failed for good. It is the only code that sends.
//
// Claiming: a pass takes its rows in a short transaction (SELECT ... FOR UPDATE SKIP LOCKED, then
// attempts + 1 and next_attempt_at moved forward by a lease) and commits BEFORE talking to the
// provider. Holding the row lock across the network call would keep a transaction and a pooled
// connection open for as long as the provider takes, and on PGlite (one connection) would stall every
// request behind it. The lease does the lock's job instead: another pass or server instance skips
// the row until the lease runs out, which only happens if this process died or hung mid-send. If it
// does run out, the next attempt reuses the message's idempotency key, so the provider still
// delivers it once. Outcome updates are fenced on `attempts`, so a stale pass cannot overwrite the
// record of a newer one.
import { type DatabaseOrTransaction, schema } from "@interviewer/db";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Clock } from "../shared/clock.ts";
import type { Logger } from "../shared/logger.ts";
import { type IntervalScheduler, type PeriodicJob, startPeriodicJob } from "../shared/periodic-job.ts";
import { MailSendError, type MailTransport } from "./transport.ts";

const { mailOutbox } = schema;

export const MAX_MAIL_ATTEMPTS = 10;
const FIRST_RETRY_DELAY_MS = 10_000;
const MAX_RETRY_DELAY_MS = 60 * 60_000;
/** Longer than a whole batch of sends can take (each send times out well before). */
export const MAIL_CLAIM_LEASE_MS = 10 * 60_000;

export interface ProcessDueMailOptions {
  db: DatabaseOrTransaction;
  clock: Clock;
  transport: MailTransport;
  /** The From header, e.g. "Interviewer <no-reply@example.com>". */
  from: string;
  logger: Logger;
  batchSize?: number;
  /** When aborted (server shutdown), claimed messages not yet sent are handed back at once. */
  signal?: AbortSignal;
}

export interface MailPassResult {
  sent: number;
  failed: number;
  retried: number;
}

/** Delay before the next attempt after `attempts` failed ones: 10 s, 20 s, 40 s, ... at most 1 h. */
export function mailRetryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_MS);
}

export async function processDueMail(options: ProcessDueMailOptions): Promise<MailPassResult> {
  const { db, clock, transport, logger } = options;
  const result: MailPassResult = { sent: 0, failed: 0, retried: 0 };
  const claimed = await claimDueMail(db, clock.now(), options.batchSize ?? 10);

  for (const [index, message] of claimed.entries()) {
    if (options.signal?.aborted) {
      await releaseClaims(db, claimed.slice(index), clock.now());
      break;
    }
    // Fencing: every outcome update applies only while the row is still ours (same attempt, pending).
    const stillOurs = and(
      eq(mailOutbox.id, message.id),
      eq(mailOutbox.status, "pending"),
      eq(mailOutbox.attempts, message.attempts),
    );
    try {
      const { providerMessageId } = await transport.send({
        to: message.toAddress,
        from: options.from,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
        idempotencyKey: message.idempotencyKey,
      });
      await db
        .update(mailOutbox)
        .set({ status: "sent", providerMessageId, sentAt: clock.now(), lastError: null })
        .where(stillOurs);
      result.sent += 1;
    } catch (error) {
      const retriable = error instanceof MailSendError ? error.retriable : true;
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      const log = { mailId: message.id, template: message.template, attempts: message.attempts, error: lastError };
      if (retriable && message.attempts < MAX_MAIL_ATTEMPTS) {
        const nextAttemptAt = new Date(clock.now().getTime() + mailRetryDelayMs(message.attempts));
        await db.update(mailOutbox).set({ nextAttemptAt, lastError }).where(stillOurs);
        logger.warn({ ...log, nextAttemptAt }, `mail via ${transport.name} failed; will retry`);
        result.retried += 1;
      } else {
        await db.update(mailOutbox).set({ status: "failed", lastError }).where(stillOurs);
        logger.error(log, `mail via ${transport.name} failed; giving up`);
        result.failed += 1;
      }
    }
  }
  return result;
}

async function claimDueMail(db: DatabaseOrTransaction, now: Date, batchSize: number) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, "pending"), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(asc(mailOutbox.nextAttemptAt))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    const claimed = await tx
      .update(mailOutbox)
      .set({
        attempts: sql`${mailOutbox.attempts} + 1`,
        nextAttemptAt: new Date(now.getTime() + MAIL_CLAIM_LEASE_MS),
      })
      .where(
        inArray(
          mailOutbox.id,
          due.map((row) => row.id),
        ),
      )
      .returning();
    // Oldest first, so mail goes out in the order it was written.
    return claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  });
}

/** Hands unsent claims back (shutdown), so they go out on the next pass instead of after the lease. */
async function releaseClaims(
  db: DatabaseOrTransaction,
  messages: { id: string; attempts: number }[],
  now: Date,
): Promise<void> {
  for (const message of messages) {
    await db
      .update(mailOutbox)
      .set({ attempts: message.attempts - 1, nextAttemptAt: now })
      .where(
        and(eq(mailOutbox.id, message.id), eq(mailOutbox.status, "pending"), eq(mailOutbox.attempts, message.attempts)),
      );
  }
}

export interface MailWorkerOptions extends Omit<ProcessDueMailOptions, "signal"> {
  intervalMs: number;
  /** Real timers unless a test drives the ticks itself. */
  scheduler?: IntervalScheduler;
}

export type MailWorker = PeriodicJob;

/** Sends due mail every interval (shared/periodic-job.ts: no overlapping passes, errors logged). */
export function startMailWorker(options: MailWorkerOptions): MailWorker {
  const { intervalMs, scheduler, ...passOptions } = options;
  const batchSize = passOptions.batchSize ?? 10;
  return startPeriodicJob({
    name: "mail-outbox",
    intervalMs,
    scheduler,
    logger: passOptions.logger,
    async run(signal) {
      // A full batch means more may be waiting: keep going instead of waiting a whole interval.
      for (;;) {
        const result = await processDueMail({ ...passOptions, signal });
        if (signal.aborted || result.sent + result.failed + result.retried < batchSize) return;
      }
    },
  });
}
