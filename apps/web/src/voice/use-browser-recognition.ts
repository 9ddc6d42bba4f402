// The browser's own speech recognition (Web Speech API), for when the server has no transcriber: the
// candidate speaks, the text appears as it is recognised, and the duration is measured here (the
// server takes it as a client-measured spoken answer). Chromium and Safari have it (Chromium sends the
// audio to Google's service); Firefox does not, and the caller then offers the typed answer alone.
import { useCallback, useEffect, useRef, useState } from "react";

/** The part of the Web Speech API used here (TypeScript's DOM library does not declare the constructor). */
interface BrowserRecognition {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: ((event: SpeechRecognitionEvent) => void) | null;
  onerror: ((event: SpeechRecognitionErrorEvent) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
type BrowserRecognitionConstructor = new () => BrowserRecognition;

declare global {
  interface Window {
    SpeechRecognition?: BrowserRecognitionConstructor;
    webkitSpeechRecognition?: BrowserRecognitionConstructor;
  }
}

function recognitionConstructor(): BrowserRecognitionConstructor | null {
  if (typeof window === "undefined") return null;
  return window.SpeechRecognition ?? window.webkitSpeechRecognition ?? null;
}

export function canRecogniseSpeech(): boolean {
  return recognitionConstructor() !== null;
}

export type RecognitionState =
  | { status: "idle" }
  | { status: "listening"; text: string; elapsedMs: number }
  | { status: "recognised"; text: string; durationMs: number }
  | { status: "failed"; message: string };

function recognitionProblem(error: string): string {
  if (error === "not-allowed" || error === "service-not-allowed") {
    return "The microphone is blocked. Allow it in your browser's site settings and try again, or type your answer instead.";
  }
  if (error === "network") return "Your browser's speech recognition needs a connection. Type your answer instead.";
  if (error === "no-speech") return "No speech was heard. Try again closer to the microphone, or type your answer.";
  if (error === "audio-capture") return "No microphone was found. Connect one and try again, or type your answer.";
  return "Speech recognition stopped. Try again, or type your answer instead.";
}

/** Questions and answers are in English. */
const ANSWER_LANGUAGE = "en-US";

export function useBrowserRecognition(maxDurationMs: number) {
  const [state, setState] = useState<RecognitionState>({ status: "idle" });
  const recognition = useRef<BrowserRecognition | null>(null);
  const ticker = useRef<number | null>(null);
  const startedAt = useRef(0);
  const text = useRef("");
  const failed = useRef(false);

  const clearTicker = useCallback(() => {
    if (ticker.current !== null) window.clearInterval(ticker.current);
    ticker.current = null;
  }, []);

  const stop = useCallback(() => recognition.current?.stop(), []);

  const start = useCallback(() => {
    const Recognition = recognitionConstructor();
    if (!Recognition) {
      setState({ status: "failed", message: "This browser cannot recognise speech. Type your answer instead." });
      return;
    }
    const next = new Recognition();
    next.continuous = true;
    next.interimResults = true;
    next.lang = ANSWER_LANGUAGE;
    text.current = "";
    failed.current = false;
    next.onresult = (event) => {
      const parts: string[] = [];
      for (const result of Array.from(event.results)) parts.push(result[0]?.transcript.trim() ?? "");
      text.current = parts.filter(Boolean).join(" ");
      setState({ status: "listening", text: text.current, elapsedMs: performance.now() - startedAt.current });
    };
    next.onerror = (event) => {
      failed.current = true;
      clearTicker();
      setState({ status: "failed", message: recognitionProblem(event.error) });
    };
    next.onend = () => {
      clearTicker();
      recognition.current = null;
      if (failed.current) return;
      const durationMs = Math.min(Math.round(performance.now() - startedAt.current), maxDurationMs);
      setState({ status: "recognised", text: text.current, durationMs });
    };
    recognition.current = next;
    startedAt.current = performance.now();
    next.start();
    setState({ status: "listening", text: "", elapsedMs: 0 });
    ticker.current = window.setInterval(() => {
      const elapsedMs = performance.now() - startedAt.current;
      if (elapsedMs >= maxDurationMs) next.stop();
      else setState((current) => (current.status === "listening" ? { ...current, elapsedMs } : current));
    }, 250);
  }, [maxDurationMs, clearTicker]);

  const reset = useCallback(() => setState({ status: "idle" }), []);

  useEffect(
    () => () => {
      clearTicker();
      if (recognition.current) {
        recognition.current.onend = null;
        recognition.current.abort();
      }
    },
    [clearTicker],
  );

  return { state, start, stop, reset };
}
