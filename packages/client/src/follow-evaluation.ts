// Following one answer's evaluation as a promise: the feedback pieces go to `onEvent` as the
// evaluator writes them, and the promise settles with the structured result. Wraps the SSE
// subscription interview.evaluation so apps do not juggle subscribe/unsubscribe themselves.
import type { AppRouter } from "@interviewer/api";
import type { TRPCClient } from "@trpc/client";
import { InterviewerError, toInterviewerError } from "./errors.ts";

type EvaluationSubscription = TRPCClient<AppRouter>["interview"]["evaluation"];
type SubscriptionHandlers = NonNullable<Parameters<EvaluationSubscription["subscribe"]>[1]>;

/** One event of the stream: {type:"feedback",text}, {type:"reset",reason} or {type:"result",evaluation}. A failed evaluation ends the stream with an error (reason EVALUATION_FAILED). */
export type EvaluationEvent = Parameters<NonNullable<SubscriptionHandlers["onData"]>>[0];
export type AnswerEvaluation = Extract<EvaluationEvent, { type: "result" }>["evaluation"];

export interface FollowEvaluationOptions {
  /** Every event, in order, including the final result. */
  onEvent?: ((event: EvaluationEvent) => void) | undefined;
  signal?: AbortSignal | undefined;
}

export function followEvaluation(
  client: Pick<TRPCClient<AppRouter>, "interview">,
  input: { interviewId: string; turnId: string },
  options: FollowEvaluationOptions = {},
): Promise<AnswerEvaluation> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(toInterviewerError(options.signal.reason ?? new DOMException("aborted", "AbortError")));
      return;
    }
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener("abort", onAbort);
      subscription.unsubscribe();
      outcome();
    };
    const onAbort = () =>
      finish(() => reject(new InterviewerError({ kind: "aborted", message: "The request was cancelled." })));
    const subscription = client.interview.evaluation.subscribe(input, {
      onData(event) {
        options.onEvent?.(event);
        if (event.type === "result") finish(() => resolve(event.evaluation));
      },
      onError(error) {
        finish(() => reject(toInterviewerError(error)));
      },
      onComplete() {
        finish(() =>
          reject(new InterviewerError({ kind: "server", message: "The evaluation stream ended without a result." })),
        );
      },
    });
    options.signal?.addEventListener("abort", onAbort, { once: true });
  });
}
