// Answering by voice: one button starts and stops the recording (focus stays on it, so Space or Enter
// does both), the elapsed time counts towards the server's limit (recording stops by itself there),
// and every change of state is announced. The recording goes to voice.transcribe, and the transcript
// comes back into an editable box to correct before it is submitted like any answer, with
// `spoken: { recordingId }`. Without a server transcriber, the browser's own speech recognition writes
// the text (its duration measured here). The audio is deleted after transcription unless "Keep my
// recording" was ticked (then "Delete my recording" removes it).
import type { RouterInputs, RouterOutputs } from "@interviewer/api";
import { useEffect, useId, useRef, useState } from "react";
import { readableError } from "../api/error-message.ts";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { audioAsBase64, clockTime, megabytesInWords, minutesInWords } from "./recording-wording.ts";
import { TranscriptSubmit } from "./TranscriptSubmit.tsx";
import { useBrowserRecognition } from "./use-browser-recognition.ts";
import { type Recording, useRecorder } from "./use-recorder.ts";

export type VoiceCapabilities = RouterOutputs["voice"]["capabilities"];
export type SpokenAnswer = NonNullable<RouterInputs["interview"]["submitAnswer"]["spoken"]>;

export interface SpokenSubmission {
  answer: string;
  spoken: SpokenAnswer;
}

interface VoiceAnswerProps {
  interviewId: string;
  turnId: string;
  capabilities: VoiceCapabilities;
  busy: boolean;
  onSubmit(answer: SpokenSubmission): void;
  onSkip(): void;
  /** The server turned out to have no transcriber (NO_TRANSCRIBER): the caller switches to another way. */
  onNoTranscriber(): void;
}

/** Records with MediaRecorder and transcribes on the server. */
export function RecordedAnswer({
  interviewId,
  turnId,
  capabilities,
  busy,
  onSubmit,
  onSkip,
  onNoTranscriber,
}: VoiceAnswerProps) {
  const id = useId();
  const [keepAudio, setKeepAudio] = useState(false);
  const [text, setText] = useState("");
  const [tooLarge, setTooLarge] = useState(false);
  const transcribe = trpc.voice.transcribe.useMutation({
    onSuccess: (result) => setText(result.transcript),
    onError: (error) => {
      if (readableError(error).reason === "NO_TRANSCRIBER") onNoTranscriber();
    },
  });
  const deleteAudio = trpc.voice.deleteAudio.useMutation();
  const transcript = useRef<HTMLTextAreaElement>(null);
  // A finished recording is sent at once; a larger one than the server takes is refused here, unsent.
  const send = (recording: Recording) => {
    setTooLarge(recording.audio.size > capabilities.maxBytes);
    if (recording.audio.size > capabilities.maxBytes) return;
    void audioAsBase64(recording.audio).then((audioBase64) =>
      transcribe.mutate({
        interviewId,
        turnId,
        mediaType: recording.mediaType,
        audioBase64,
        durationMs: recording.durationMs,
        keepAudio,
      }),
    );
  };
  const recorder = useRecorder(capabilities.maxDurationMs, send);
  const { state } = recorder;
  const recorded = state.status === "recorded" ? state : null;

  const result = transcribe.data ?? null;
  useEffect(() => {
    if (result) transcript.current?.focus();
  }, [result]);

  const recording = state.status === "recording" || state.status === "asking";
  const toggle = () => {
    if (state.status === "asking" || transcribe.isPending) return;
    if (state.status === "recording") {
      recorder.stop();
      return;
    }
    transcribe.reset();
    deleteAudio.reset();
    setText("");
    void recorder.start();
  };

  return (
    <div className="stack voice-answer" data-testid="voice-answer">
      <div className="voice-controls">
        <button
          type="button"
          className={recording ? "btn btn-danger" : "btn btn-primary"}
          onClick={toggle}
          // Not disabled while the microphone opens or the transcript comes: focus must stay on it.
          disabled={busy}
          aria-disabled={state.status === "asking" || transcribe.isPending}
          aria-describedby={`${id}-limit`}
        >
          {recording ? "Stop recording" : result || recorded ? "Record again" : "Start recording"}
        </button>
        {state.status === "recording" && (
          <span className="voice-elapsed" data-testid="elapsed">
            <span className="recording-dot" aria-hidden="true" /> {clockTime(state.elapsedMs)} of{" "}
            {clockTime(capabilities.maxDurationMs)}
          </span>
        )}
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={keepAudio}
            disabled={recording || transcribe.isPending}
            onChange={(event) => setKeepAudio(event.target.checked)}
          />
          Keep my recording
        </label>
      </div>
      <p className="muted field-hint" id={`${id}-limit`}>
        Up to {minutesInWords(capabilities.maxDurationMs)}; recording stops by itself then. Your recording is deleted
        once it is transcribed unless you keep it, and it is never shared.
      </p>
      <p className="voice-status" role="status" data-testid="recording-status">
        {statusText()}
      </p>
      {state.status === "failed" && (
        <p className="alert alert-error" role="alert">
          {state.message}
        </p>
      )}
      {tooLarge && (
        <p className="alert alert-error" role="alert">
          This recording is larger than {megabytesInWords(capabilities.maxBytes)}, the most that can be sent. Record a
          shorter answer, or type it instead.
        </p>
      )}
      <ErrorMessage error={transcribe.error} />
      {result?.audioKept && (
        <div className="voice-controls" aria-live="polite">
          {deleteAudio.isSuccess ? (
            <p className="muted">Your recording is deleted; the transcript stays.</p>
          ) : (
            <>
              <span className="muted">Your recording is kept with this answer (never shared).</span>
              <button
                type="button"
                className="btn btn-small"
                disabled={deleteAudio.isPending}
                onClick={() => deleteAudio.mutate({ recordingId: result.recordingId })}
              >
                Delete my recording
              </button>
            </>
          )}
          <ErrorMessage error={deleteAudio.error} />
        </div>
      )}
      <TranscriptSubmit
        spoken={result ? { recordingId: result.recordingId } : null}
        text={text}
        onChange={setText}
        transcriptRef={transcript}
        busy={busy}
        onSubmit={onSubmit}
        onSkip={onSkip}
      />
    </div>
  );

  function statusText(): string {
    if (state.status === "asking") return "Asking for the microphone…";
    if (state.status === "recording") return "Recording. Press Stop recording when you are done.";
    if (transcribe.isPending) return "Recording stopped. Transcribing your answer…";
    if (result) {
      return recorded?.stoppedAtLimit
        ? `Recording stopped at the ${minutesInWords(capabilities.maxDurationMs)} limit. Transcript ready: correct it below, then submit.`
        : "Transcript ready: correct anything misheard below, then submit.";
    }
    if (state.status === "recorded" && !tooLarge && !transcribe.error) return "Recording stopped.";
    return "Not recording.";
  }
}

/** Speaks into the browser's own recognition (no server transcriber); the duration is measured here. */
export function RecognisedAnswer({ capabilities, busy, onSubmit, onSkip }: VoiceAnswerProps) {
  const id = useId();
  const recognition = useBrowserRecognition(capabilities.maxDurationMs);
  const [text, setText] = useState("");
  const [durationMs, setDurationMs] = useState<number | null>(null);
  const transcript = useRef<HTMLTextAreaElement>(null);
  const { state } = recognition;

  useEffect(() => {
    if (state.status !== "recognised") return;
    setText(state.text);
    setDurationMs(state.durationMs);
    transcript.current?.focus();
  }, [state]);

  const listening = state.status === "listening";

  return (
    <div className="stack voice-answer" data-testid="voice-answer">
      <p className="muted">Your browser writes down what you say (this server has no transcriber of its own).</p>
      <div className="voice-controls">
        <button
          type="button"
          className={listening ? "btn btn-danger" : "btn btn-primary"}
          disabled={busy}
          aria-describedby={`${id}-limit`}
          onClick={() => {
            if (listening) {
              recognition.stop();
              return;
            }
            setDurationMs(null);
            recognition.start();
          }}
        >
          {listening ? "Stop recording" : durationMs !== null ? "Record again" : "Start recording"}
        </button>
        {listening && (
          <span className="voice-elapsed" data-testid="elapsed">
            <span className="recording-dot" aria-hidden="true" /> {clockTime(state.elapsedMs)} of{" "}
            {clockTime(capabilities.maxDurationMs)}
          </span>
        )}
      </div>
      <p className="muted field-hint" id={`${id}-limit`}>
        Up to {minutesInWords(capabilities.maxDurationMs)}; listening stops by itself then.
      </p>
      <p className="voice-status" role="status" data-testid="recording-status">
        {listening
          ? "Listening. Press Stop recording when you are done."
          : state.status === "recognised"
            ? "Transcript ready: correct anything misheard below, then submit."
            : "Not recording."}
      </p>
      {listening && state.text && <p className="muted voice-interim">{state.text}</p>}
      {state.status === "failed" && (
        <p className="alert alert-error" role="alert">
          {state.message}
        </p>
      )}
      <TranscriptSubmit
        spoken={durationMs === null ? null : { durationMs }}
        text={text}
        onChange={setText}
        transcriptRef={transcript}
        busy={busy}
        onSubmit={onSubmit}
        onSkip={onSkip}
      />
    </div>
  );
}
