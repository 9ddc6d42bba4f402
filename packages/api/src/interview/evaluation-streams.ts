// Live evaluations in this process: every event an evaluation produced so far, and who is listening.
// A client that (re)connects while an evaluation runs gets what was already produced and then the
// rest, instead of starting a second evaluation. Finished streams are kept briefly so a reconnect
// right after the end still gets the whole story; after that the stored result answers.
import type { EvaluationStreamEvent } from "@interviewer/engine";

export type LiveEvaluationEvent = EvaluationStreamEvent | { type: "failed"; message: string };

interface LiveEvaluation {
  events: LiveEvaluationEvent[];
  listeners: Set<(event: LiveEvaluationEvent) => void>;
  done: boolean;
}

const KEEP_FINISHED_MS = 60_000;

export class EvaluationStreams {
  private readonly live = new Map<string, LiveEvaluation>();

  /** Starts a stream for a turn; returns a publisher for its events. */
  open(turnId: string): { publish(event: LiveEvaluationEvent): void; close(): void } {
    const stream: LiveEvaluation = { events: [], listeners: new Set(), done: false };
    this.live.set(turnId, stream);
    return {
      publish: (event) => {
        stream.events.push(event);
        for (const listener of stream.listeners) listener(event);
      },
      close: () => {
        stream.done = true;
        stream.listeners.clear();
        setTimeout(() => {
          if (this.live.get(turnId) === stream) this.live.delete(turnId);
        }, KEEP_FINISHED_MS).unref();
      },
    };
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
          if (event.type === "result" || event.type === "failed") return;
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
}
