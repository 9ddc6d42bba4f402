// Carries live evaluation events between server instances over PostgreSQL LISTEN/NOTIFY, so a
// client that reconnects to another instance mid-evaluation follows the one evaluation still running
// (no second evaluation, no lost feedback). Only for PostgreSQL: PGlite is one process's database,
// so there is no other instance to tell. NOTIFY payloads are limited to 8000 bytes; a final result
// too large for that goes out as "stored" and the follower reads it from the database.
import { randomUUID } from "node:crypto";
import type { EvaluationEventBus, LiveEvaluationEvent, Logger } from "@interviewer/api";
import type { DatabaseHandle } from "@interviewer/db";

const CHANNEL = "interviewer_evaluation_events";
const MAX_PAYLOAD_BYTES = 7_900;

interface Envelope {
  from: string;
  turnId: string;
  event: LiveEvaluationEvent;
}

export interface PostgresEvaluationBus extends EvaluationEventBus {
  /** Starts listening; resolves once LISTEN is active. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createPostgresEvaluationBus(
  database: DatabaseHandle,
  logger: Logger,
): PostgresEvaluationBus | undefined {
  if (database.raw.engine !== "postgres") return undefined;
  const sql = database.raw.client;
  const instanceId = randomUUID();
  const handlers: ((turnId: string, event: LiveEvaluationEvent) => void)[] = [];
  let unlisten: (() => Promise<void>) | undefined;
  // One NOTIFY at a time: sent concurrently over the pool they could commit, and so arrive, out of order.
  let sending: Promise<unknown> = Promise.resolve();

  return {
    publish(turnId, event) {
      let payload = JSON.stringify({ from: instanceId, turnId, event } satisfies Envelope);
      if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
        payload = JSON.stringify({ from: instanceId, turnId, event: { type: "stored" } } satisfies Envelope);
      }
      sending = sending.then(() =>
        sql.notify(CHANNEL, payload).catch((error: unknown) => {
          logger.warn({ err: error, turnId }, "could not publish an evaluation event to other instances");
        }),
      );
    },
    subscribe(handler) {
      handlers.push(handler);
    },
    async start() {
      const listening = await sql.listen(CHANNEL, (payload) => {
        try {
          const envelope = JSON.parse(payload) as Envelope;
          // Our own notifications come back to us too; this instance already has those events.
          if (envelope.from === instanceId) return;
          for (const handler of handlers) handler(envelope.turnId, envelope.event);
        } catch (error) {
          logger.warn({ err: error }, "ignored a malformed evaluation event");
        }
      });
      unlisten = listening.unlisten;
    },
    async stop() {
      await sending;
      await unlisten?.().catch(() => {});
    },
  };
}
