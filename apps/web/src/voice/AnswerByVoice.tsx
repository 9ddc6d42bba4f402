// The answer area of a voice interview, switchable per question: "Answer by voice" records (through
// the server's transcriber, or the browser's own recognition when the server has none), "Type instead"
// shows the usual answer editor. When neither way of hearing the candidate exists here, it says so and
// shows the typed editor, so every question can always be answered.
import type { ReactNode } from "react";
import { useState } from "react";
import { trpc } from "../api/trpc.ts";
import { canRecogniseSpeech } from "./use-browser-recognition.ts";
import { canRecord } from "./use-recorder.ts";
import { RecognisedAnswer, RecordedAnswer, type SpokenSubmission } from "./VoiceAnswer.tsx";
import "./voice.css";

interface AnswerByVoiceProps {
  interviewId: string;
  turnId: string;
  busy: boolean;
  /** The typed answer editor, shown on "Type instead". */
  typed: ReactNode;
  onSubmit(answer: SpokenSubmission): void;
  onSkip(): void;
}

export function AnswerByVoice({ interviewId, turnId, busy, typed, onSubmit, onSkip }: AnswerByVoiceProps) {
  const [byVoice, setByVoice] = useState(true);
  // voice.transcribe said NO_TRANSCRIBER although the capabilities said otherwise (configuration changed).
  const [serverCannotTranscribe, setServerCannotTranscribe] = useState(false);
  const capabilities = trpc.voice.capabilities.useQuery(undefined, { staleTime: Number.POSITIVE_INFINITY });
  const limits = capabilities.data;
  // Without the server's answer (it failed), only the typed editor is sure to work.
  const how = capabilities.error
    ? "none"
    : !limits
      ? null
      : limits.transcription && !serverCannotTranscribe && canRecord()
        ? "recorded"
        : canRecogniseSpeech()
          ? "recognised"
          : "none";

  const switcher = (
    <div className="voice-switch">
      <button type="button" className="btn btn-small" disabled={busy} onClick={() => setByVoice((on) => !on)}>
        {byVoice ? "Type instead" : "Answer by voice"}
      </button>
    </div>
  );

  if (!byVoice || how === "none") {
    return (
      <div className="stack">
        {how === "none" ? (
          <p className="alert" data-testid="voice-unavailable">
            Spoken answers cannot be transcribed here: this server has no transcriber and this browser has no speech
            recognition. Type your answer below.
          </p>
        ) : (
          switcher
        )}
        {typed}
      </div>
    );
  }
  if (!limits || how === null) return <p className="loading">Getting the microphone ready…</p>;
  const props = {
    interviewId,
    turnId,
    capabilities: limits,
    busy,
    onSubmit,
    onSkip,
    onNoTranscriber: () => setServerCannotTranscribe(true),
  };
  return (
    <div className="stack">
      {switcher}
      {how === "recorded" ? <RecordedAnswer {...props} /> : <RecognisedAnswer {...props} />}
    </div>
  );
}
