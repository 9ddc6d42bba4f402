// Records one spoken answer with the browser's MediaRecorder: asks for the microphone, counts the
// elapsed time, stops by itself at the server's longest accepted answer (so a recording is never
// refused for its length after the fact), and hands back the audio with its measured duration. The
// microphone is released as soon as recording stops. Failures are values with a message to show.
import { useCallback, useEffect, useRef, useState } from "react";

export type RecorderState =
  | { status: "idle" }
  | { status: "asking" }
  | { status: "recording"; elapsedMs: number }
  | { status: "recorded"; audio: Blob; mediaType: string; durationMs: number; stoppedAtLimit: boolean }
  | { status: "failed"; message: string };

/** Containers the server reads, in the order browsers record them best (Chromium: WebM/Opus; Safari: MP4). */
const PREFERRED_TYPES = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"];

export function canRecord(): boolean {
  return typeof MediaRecorder !== "undefined" && typeof navigator.mediaDevices?.getUserMedia === "function";
}

function recordingType(): string {
  return PREFERRED_TYPES.find((type) => MediaRecorder.isTypeSupported(type)) ?? "";
}

/** What went wrong opening the microphone, in words the candidate can act on. */
export function microphoneProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") {
    return "The microphone is blocked. Allow it in your browser's site settings and try again, or type your answer instead.";
  }
  if (name === "NotFoundError" || name === "OverconstrainedError") {
    return "No microphone was found. Connect one and try again, or type your answer instead.";
  }
  if (name === "NotReadableError") {
    return "The microphone is in use by another application. Close it and try again, or type your answer instead.";
  }
  return "The microphone could not be started. Try again, or type your answer instead.";
}

export type Recording = Extract<RecorderState, { status: "recorded" }>;

/** `onRecorded` runs once per finished recording (the latest one given is called). */
export function useRecorder(maxDurationMs: number, onRecorded: (recording: Recording) => void) {
  const [state, setState] = useState<RecorderState>({ status: "idle" });
  const latestOnRecorded = useRef(onRecorded);
  useEffect(() => {
    latestOnRecorded.current = onRecorded;
  });
  const recorder = useRef<MediaRecorder | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const ticker = useRef<number | null>(null);
  const startedAt = useRef(0);
  const hitLimit = useRef(false);

  const release = useCallback(() => {
    if (ticker.current !== null) window.clearInterval(ticker.current);
    ticker.current = null;
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
  }, []);

  const stop = useCallback(() => {
    if (recorder.current?.state === "recording") recorder.current.stop();
  }, []);

  const start = useCallback(async () => {
    if (!canRecord()) {
      setState({ status: "failed", message: "This browser cannot record audio. Type your answer instead." });
      return;
    }
    setState({ status: "asking" });
    let media: MediaStream;
    try {
      media = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      setState({ status: "failed", message: microphoneProblem(error) });
      return;
    }
    stream.current = media;
    const type = recordingType();
    const next = type ? new MediaRecorder(media, { mimeType: type }) : new MediaRecorder(media);
    const chunks: Blob[] = [];
    hitLimit.current = false;
    next.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    next.onstop = () => {
      const durationMs = Math.min(Math.round(performance.now() - startedAt.current), maxDurationMs);
      release();
      const mediaType = next.mimeType || type || "audio/webm";
      const recording: Recording = {
        status: "recorded",
        audio: new Blob(chunks, { type: mediaType }),
        mediaType,
        durationMs,
        stoppedAtLimit: hitLimit.current,
      };
      setState(recording);
      latestOnRecorded.current(recording);
    };
    recorder.current = next;
    startedAt.current = performance.now();
    next.start(1000);
    setState({ status: "recording", elapsedMs: 0 });
    // The display's clock only: the duration sent is measured from the same start when recording stops.
    ticker.current = window.setInterval(() => {
      const elapsedMs = performance.now() - startedAt.current;
      if (elapsedMs >= maxDurationMs) {
        hitLimit.current = true;
        stop();
        return;
      }
      setState({ status: "recording", elapsedMs });
    }, 250);
  }, [maxDurationMs, release, stop]);

  const reset = useCallback(() => setState({ status: "idle" }), []);

  // Leaving the question mid-recording must not keep the microphone open.
  useEffect(
    () => () => {
      if (recorder.current?.state === "recording") {
        recorder.current.onstop = null;
        recorder.current.stop();
      }
      release();
    },
    [release],
  );

  return { state, start, stop, reset };
}
