// The delivery metrics of a spoken answer, computed when it is submitted: from the recording's word
// timings (one read of the recording, never its audio) or the browser's own measurement, and the final
// text the candidate submitted after correcting the transcript. The caller stores the result with the
// answer, in the same statement. A recording that is not the viewer's, or not for this question, is
// NOT_FOUND and nothing is stored.
import type { Database } from "@interviewer/db";
import { type DeliveryMetrics, measureDelivery } from "@interviewer/engine";
import { notFound } from "../errors.ts";
import type { InterviewSnapshot } from "../interview/interview-codec.ts";
import { decodeWords } from "./codec.ts";
import type { SpokenAnswer } from "./schemas.ts";
import { findRecordingTimings } from "./voice-recordings.ts";

export async function deliveryOfSpokenAnswer(
  db: Database,
  snapshot: InterviewSnapshot,
  input: { turnId: string; submission: { prose: string }; spoken?: SpokenAnswer | undefined },
): Promise<DeliveryMetrics | null> {
  const { spoken } = input;
  const turn = snapshot.turns.find((t) => t.id === input.turnId);
  // No such question: storing the answer refuses it (NOT_FOUND) without metrics.
  if (!spoken || !turn) return null;
  if ("recordingId" in spoken) {
    const recording = await findRecordingTimings(db, {
      userId: snapshot.interview.userId,
      recordingId: spoken.recordingId,
    });
    if (!recording || recording.turnId !== turn.id) throw notFound("Recording");
    return measureDelivery({
      source: "recording",
      text: input.submission.prose,
      durationMs: recording.durationMs,
      words: decodeWords(recording.words),
      question: turn.question,
    });
  }
  return measureDelivery({
    source: "browser",
    text: input.submission.prose,
    durationMs: spoken.durationMs,
    words: spoken.words ?? [],
    question: turn.question,
  });
}
