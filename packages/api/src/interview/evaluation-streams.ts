// Live evaluations: every event an evaluation produced so far, and who is listening. A client that
// (re)connects while an evaluation runs gets what was already produced and then the rest, instead of
// starting a second evaluation. With several server instances, a bus (PostgreSQL LISTEN/NOTIFY in
// apps/server) carries each instance's events to the others, so a client that reconnects to
// instance B follows the evaluation running on instance A. Finished streams are kept briefly so a
// reconnect right after the end still gets the whole story; after that the stored result answers.
import type { EvaluationStreamEvent } from "@interviewer/engine";

/** `stored`: the result is in the database (sent instead of a result too large for the bus). */
export type LiveEvaluationEvent = EvaluationStreamEvent | { type: "failed"; message: string } | { type: "stored" };

/** Carries events between instances. `publish` must not throw; delivery is best effort. */
export interface EvaluationEventBus {
  publish(turnId: string, event: LiveEvaluationEvent): void;
  subscribe(handler: (turnId: string, event: LiveEvaluationEvent) => void): void;
}

interface LiveEvaluation {
  events: LiveEvaluationEvent[];
  listeners: Set<(event: LiveEvaluationEvent) => void>;
  done: boolean;
}

const KEEP_FINISHED_MS = 60_000;

const isLast = (event: LiveEvaluationEvent) =>
  event.type === "result" || event.type === "failed" || event.type === "stored";

export class EvaluationStreams {
  private readonly live = new Map<string, LiveEvaluation>();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly bus?: EvaluationEventBus) {
    // Events from evaluations running on other instances feed the same registry.
    bus?.subscribe((turnId, event) => this.append(turnId, this.live.get(turnId) ?? this.create(turnId), event));
  }

  /** Starts a stream for an evaluation running here; returns a publisher for its events. */
  open(turnId: string): { publish(event: LiveEvaluationEvent): void; close(): void } {
    const stream = this.create(turnId);
    return {
      publish: (event) => {
        this.append(turnId, stream, event);
        this.bus?.publish(turnId, event);
      },
      close: () => this.finish(turnId, stream),
    };
  }

  /** Remembers an evaluation running in the background, so shutdown can wait for it. */
  track(evaluation: Promise<void>): void {
    this.running.add(evaluation);
    void evaluation.finally(() => this.running.delete(evaluation));
  }

  /** Resolves when every evaluation running in this process has finished. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  has(turnId: string): boolean {
    return this.live.has(turnId);
  }

  /** Replays what the turn's stream produced so far, then follows it until its last event. */
  async *follow(turnId: string, signal?: AbortSignal): AsyncGenerator<LiveEvaluationEvent> {
    const stream = this.live.get(turnId);
    if (!stream) return;
    const pending: LiveEvaluationEvent[] = [...stream.events];
    let wake: (() => void) | undefined;
    const listener = (event: LiveEvaluationEvent) => {
      pending.push(event);
      wake?.();
    };
    if (!stream.done) stream.listeners.add(listener);
    const onAbort = () => wake?.();
    signal?.addEventListener("abort", onAbort);
    try {
      while (!signal?.aborted) {
        const event = pending.shift();
        if (event) {
          yield event;
          if (isLast(event)) return;
          continue;
        }
        if (stream.done) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
    } finally {
      stream.listeners.delete(listener);
      signal?.removeEventListener("abort", onAbort);
    }
  }

  private create(turnId: string): LiveEvaluation {
    const stream: LiveEvaluation = { events: [], listeners: new Set(), done: false };
    this.live.set(turnId, stream);
    return stream;
  }

  private append(turnId: string, stream: LiveEvaluation, event: LiveEvaluationEvent): void {
    if (stream.done) return;
    stream.events.push(event);
    for (const listener of stream.listeners) listener(event);
    if (isLast(event)) this.finish(turnId, stream);
  }

  private finish(turnId: string, stream: LiveEvaluation): void {
    if (stream.done) return;
    stream.done = true;
    stream.listeners.clear();
    setTimeout(() => {
      if (this.live.get(turnId) === stream) this.live.delete(turnId);
    }, KEEP_FINISHED_MS).unref();
  }
}
