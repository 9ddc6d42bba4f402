// "Read aloud / Stop" for the open question: the server's text-to-speech (voice.speech) when it has
// one, else the browser's speech synthesis. The question's text on screen is the caption; while it is
// spoken it is marked as such (a highlight, and a status line a screen reader hears), so nobody has to
// rely on the sound. Reading starts on a press, never by itself: browsers refuse sound that no press
// started, and a screen reader's own speech must not be talked over.
import { useCallback, useEffect, useRef, useState } from "react";
import { trpc } from "../api/trpc.ts";

interface ReadQuestionAloudProps {
  interviewId: string;
  turnId: string;
  text: string;
  onSpeakingChange(speaking: boolean): void;
}

/** Questions are written in English (the plan's language is the programming language). */
const QUESTION_LANGUAGE = "en-US";

type Playback = "idle" | "loading" | "speaking" | "unavailable";

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

function browserCanSpeak(): boolean {
  return typeof window !== "undefined" && "speechSynthesis" in window;
}

export function ReadQuestionAloud({ interviewId, turnId, text, onSpeakingChange }: ReadQuestionAloudProps) {
  const [playback, setPlayback] = useState<Playback>("idle");
  const audio = useRef<HTMLAudioElement | null>(null);
  const speech = trpc.voice.speech.useMutation();
  const capabilities = trpc.voice.capabilities.useQuery(undefined, { staleTime: Number.POSITIVE_INFINITY });
  const serverSpeech = capabilities.data?.speech === true;
  const canSpeak = serverSpeech || browserCanSpeak();

  const setSpeaking = useCallback(
    (next: Playback) => {
      setPlayback(next);
      onSpeakingChange(next === "speaking");
    },
    [onSpeakingChange],
  );

  const stop = useCallback(() => {
    audio.current?.pause();
    audio.current = null;
    if (browserCanSpeak()) window.speechSynthesis.cancel();
    setSpeaking("idle");
  }, [setSpeaking]);

  const speakInBrowser = useCallback(() => {
    if (!browserCanSpeak()) {
      setSpeaking("unavailable");
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = QUESTION_LANGUAGE;
    utterance.onend = () => setSpeaking("idle");
    utterance.onerror = () => setSpeaking("idle");
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
    setSpeaking("speaking");
  }, [text, setSpeaking]);

  const read = useCallback(async () => {
    if (!serverSpeech) {
      speakInBrowser();
      return;
    }
    setSpeaking("loading");
    try {
      const spoken = await speech.mutateAsync({ interviewId });
      if (spoken.turnId !== turnId) throw new Error("the question changed");
      // A blob: URL (the page's CSP must allow it in media-src; if it does not, the browser voice reads).
      const url = URL.createObjectURL(new Blob([bytesOf(spoken.audioBase64)], { type: spoken.mediaType }));
      const player = new Audio(url);
      player.onended = () => {
        URL.revokeObjectURL(url);
        setSpeaking("idle");
      };
      player.onerror = () => speakInBrowser();
      audio.current = player;
      await player.play();
      setSpeaking("speaking");
    } catch {
      // No server voice after all (or the browser refused to play): the browser's own voice reads it.
      speakInBrowser();
    }
  }, [serverSpeech, speech.mutateAsync, interviewId, turnId, speakInBrowser, setSpeaking]);

  // Stop speaking when the question goes away.
  useEffect(
    () => () => {
      audio.current?.pause();
      if (browserCanSpeak()) window.speechSynthesis.cancel();
    },
    [],
  );

  if (!canSpeak) return null;
  const speaking = playback === "speaking";
  return (
    <div className="read-aloud">
      <button
        type="button"
        className="btn btn-small"
        aria-pressed={speaking}
        disabled={playback === "loading"}
        onClick={() => (speaking ? stop() : void read())}
      >
        {speaking ? "Stop reading" : playback === "loading" ? "Loading the voice…" : "Read aloud"}
      </button>
      <p className="visually-hidden" role="status" data-testid="caption-status">
        {speaking ? "Reading the question aloud; its text is the caption above." : ""}
      </p>
      {playback === "unavailable" && <p className="muted">This browser cannot read aloud: the question is above.</p>}
    </div>
  );
}
