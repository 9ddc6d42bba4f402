// The job description's analysis while the candidate writes it: asked for once they pause typing (or
// press Analyse), never per keystroke, and never twice for the same text. A preview spends no credit,
// but on the model provider it is a model call, so the server limits it; when it says "too many", the
// page stops asking on its own until the wait is over.
import type { AppRouter, RouterOutputs } from "@interviewer/api";
import { isTRPCClientError } from "@trpc/client";
import { useCallback, useEffect, useRef, useState } from "react";
import { trpc } from "../../api/trpc.ts";

export type JobDescriptionPreview = RouterOutputs["jobDescription"]["preview"];

export type PreviewState =
  | { status: "idle" }
  | { status: "analysing"; text: string }
  | { status: "ready"; text: string; preview: JobDescriptionPreview }
  | { status: "failed"; text: string; error: unknown };

/** How long typing must pause before the text is analysed. */
export const PREVIEW_PAUSE_MS = 1_000;

function retryAfterSeconds(error: unknown): number | null {
  if (!isTRPCClientError<AppRouter>(error) || error.data?.reason !== "RATE_LIMITED") return null;
  const seconds = error.data.details?.retryAfterSeconds;
  return typeof seconds === "number" ? seconds : null;
}

/** Whether `text` can be analysed at all: not blank and within the limit (when the limit is known). */
export function isAnalysable(text: string, maxChars: number | undefined): boolean {
  return text.trim().length > 0 && (maxChars === undefined || text.length <= maxChars);
}

export function useJobDescriptionPreview(text: string, maxChars: number | undefined) {
  const { mutate } = trpc.jobDescription.preview.useMutation();
  const [state, setState] = useState<PreviewState>({ status: "idle" });
  const lastRequested = useRef<string | null>(null);
  const pausedUntil = useRef(0);

  const analyse = useCallback(
    (value: string) => {
      if (!isAnalysable(value, maxChars) || value === lastRequested.current) return;
      if (Date.now() < pausedUntil.current) return;
      lastRequested.current = value;
      setState({ status: "analysing", text: value });
      // Only the latest call's callbacks run, so an answer for older text never replaces a newer one.
      mutate(
        { jobDescription: value },
        {
          onSuccess: (preview) => setState({ status: "ready", text: value, preview }),
          onError: (error) => {
            const wait = retryAfterSeconds(error);
            if (wait !== null) pausedUntil.current = Date.now() + wait * 1000;
            // A failed text may be asked for again (by Analyse, or after more typing and back).
            lastRequested.current = null;
            setState({ status: "failed", text: value, error });
          },
        },
      );
    },
    [mutate, maxChars],
  );

  useEffect(() => {
    const timer = setTimeout(() => analyse(text), PREVIEW_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, analyse]);

  const current = state.status !== "idle" && state.text === text;
  return {
    state,
    /** The state is about the text as it is now (not an older version of it). */
    current,
    /** Analyse now instead of after the pause; nothing to do when the current text is analysed or pending. */
    canAnalyseNow: isAnalysable(text, maxChars) && !(current && state.status !== "failed"),
    analyseNow: () => analyse(text),
  };
}
