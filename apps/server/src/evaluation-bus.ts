// Carries live evaluation events between server instances over PostgreSQL LISTEN/NOTIFY, so a
// client that reconnects to another instance mid-evaluation follows the one evaluation still running
// (no second evaluation, no lost feedback). Only for PostgreSQL: PGlite is one process's database,
// so there is no other instance to tell.
//
// It costs nothing when nobody else listens. Every instance LISTENs (idle LISTEN sends nothing) and
// keeps a roster of the other instances on the channel: a starting instance says "hello", everyone
// already there answers "here", and a stopping instance says "bye". Events are NOTIFYed only while the
// roster is not empty, so a single instance never sends one. This stays right behind a load balancer:
// an instance learns of a newcomer before the newcomer serves any request (the hello is sent before
// start() resolves, and NOTIFY is delivered in commit order), so it never withholds an event from an
// instance that could be asked for it. An instance that crashes without "bye" stays on the roster,
// which only costs NOTIFYs (the old behaviour), never a lost event; the next restart of the remaining
// instances clears it.
//
// Events of one evaluation are coalesced: they are buffered per turn and sent as one NOTIFY per
// FLUSH_MS window (the last event flushes at once), split only where a payload would pass PostgreSQL's
// 8000-byte limit. A final result too large for one payload goes out as "stored" and the follower
// reads it from the database.
import { randomUUID } from "node:crypto";
import type { EvaluationEventBus, LiveEvaluationEvent, Logger } from "@interviewer/api";
import type { DatabaseHandle } from "@interviewer/db";

const CHANNEL = "interviewer_evaluation_events";
const MAX_PAYLOAD_BYTES = 7_900;
/** How long feedback pieces wait to share a NOTIFY; short next to a model's pace, long next to a loop. */
const FLUSH_MS = 50;

type Envelope =
  | { kind: "events"; from: string; turnId: string; events: LiveEvaluationEvent[] }
  | { kind: "hello" | "here" | "bye"; from: string };

const isLast = (event: LiveEvaluationEvent) =>
  event.type === "result" || event.type === "failed" || event.type === "stored";

export interface PostgresEvaluationBus extends EvaluationEventBus {
  /** Starts listening and announces this instance; resolves once both are done. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** How many other instances this one knows to be listening (tests, metrics). */
  peerCount(): number;
}

export function createPostgresEvaluationBus(
  database: DatabaseHandle,
  logger: Logger,
): PostgresEvaluationBus | undefined {
  if (database.raw.engine !== "postgres") return undefined;
  const sql = database.raw.client;
  const instanceId = randomUUID();
  const handlers: ((turnId: string, event: LiveEvaluationEvent) => void)[] = [];
  const peers = new Set<string>();
  const buffered = new Map<string, { events: LiveEvaluationEvent[]; timer: NodeJS.Timeout }>();
  let unlisten: (() => Promise<void>) | undefined;
  // One NOTIFY at a time: sent concurrently over the pool they could commit, and so arrive, out of order.
  let sending: Promise<unknown> = Promise.resolve();

  const notify = (envelope: Envelope) => {
    const payload = JSON.stringify(envelope);
    sending = sending.then(() =>
      sql.notify(CHANNEL, payload).catch((error: unknown) => {
        logger.warn({ err: error }, "could not publish to other instances");
      }),
    );
    return sending;
  };

  /** Sends a turn's buffered events in as few NOTIFYs as the payload limit allows. */
  const flush = (turnId: string) => {
    const batch = buffered.get(turnId);
    if (!batch) return;
    buffered.delete(turnId);
    clearTimeout(batch.timer);
    if (peers.size === 0) return;
    let events: LiveEvaluationEvent[] = [];
    const send = () => {
      if (events.length > 0) void notify({ kind: "events", from: instanceId, turnId, events });
      events = [];
    };
    for (const event of batch.events) {
      const candidate = [...events, event];
      if (
        Buffer.byteLength(JSON.stringify({ kind: "events", from: instanceId, turnId, events: candidate })) <=
        MAX_PAYLOAD_BYTES
      ) {
        events = candidate;
        continue;
      }
      send();
      const alone = { kind: "events", from: instanceId, turnId, events: [event] } satisfies Envelope;
      events = Buffer.byteLength(JSON.stringify(alone)) <= MAX_PAYLOAD_BYTES ? [event] : [{ type: "stored" }];
    }
    send();
  };

  const receive = (envelope: Envelope) => {
    // Our own notifications come back to us too; this instance already has those events.
    if (envelope.from === instanceId) return;
    if (envelope.kind === "events") {
      // Whoever sends events is listening too (a roster that missed its hello learns it here).
      peers.add(envelope.from);
      for (const event of envelope.events) for (const handler of handlers) handler(envelope.turnId, event);
    } else if (envelope.kind === "bye") {
      peers.delete(envelope.from);
    } else {
      peers.add(envelope.from);
      if (envelope.kind === "hello") void notify({ kind: "here", from: instanceId });
    }
  };

  return {
    publish(turnId, event) {
      if (peers.size === 0) return;
      let batch = buffered.get(turnId);
      if (!batch) {
        batch = { events: [], timer: setTimeout(() => flush(turnId), FLUSH_MS) };
        batch.timer.unref();
        buffered.set(turnId, batch);
      }
      batch.events.push(event);
      if (isLast(event)) flush(turnId);
    },
    subscribe(handler) {
      handlers.push(handler);
    },
    peerCount: () => peers.size,
    async start() {
      const listening = await sql.listen(CHANNEL, (payload) => {
        try {
          receive(JSON.parse(payload) as Envelope);
        } catch (error) {
          logger.warn({ err: error }, "ignored a malformed evaluation event");
        }
      });
      unlisten = listening.unlisten;
      await notify({ kind: "hello", from: instanceId });
    },
    async stop() {
      for (const turnId of [...buffered.keys()]) flush(turnId);
      await notify({ kind: "bye", from: instanceId });
      await sending;
      await unlisten?.().catch(() => {});
    },
  };
}
