// The room's words for where the interview is: "Question 3 of 12 · Databases…" for a planned
// question, "Follow-up to question 3 · …" for a follow-up (an extra that uses no planned slot, so it
// never counts towards the total), and the sentence the live region announces when a question appears.
import type { RouterOutputs } from "@interviewer/api";

type View = RouterOutputs["interview"]["get"];
export type RoomProgress = View["progress"];
type OpenQuestion = NonNullable<View["currentQuestion"]>;

/** "1 topic", "6 topics": the eyebrow is upper-cased by CSS, so "1 TOPICS" shows every slip. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Where the open question sits: "Question 3 of 12" or "Follow-up to question 3"; null without one. */
export function questionPlace(progress: RoomProgress, question: Pick<OpenQuestion, "kind"> | null): string | null {
  if (!question || progress.questionNumber === null) return null;
  return question.kind === "follow-up"
    ? `Follow-up to question ${progress.questionNumber}`
    : `Question ${progress.questionNumber} of ${progress.total}`;
}

/** The room header's line: the question's place and topic, or the topics when no question is open. */
export function progressText(progress: RoomProgress, question: Pick<OpenQuestion, "kind"> | null): string {
  const place = questionPlace(progress, question);
  if (place) return progress.topicLabel ? `${place} · ${progress.topicLabel}` : place;
  if (progress.topicIndex !== null && progress.topicIndex >= 0 && progress.topicLabel) {
    return `Topic ${progress.topicIndex + 1} of ${progress.topicCount}: ${progress.topicLabel}`;
  }
  return countOf(progress.topicCount, "topic");
}

/** What the progress bar's name says: planned questions only, so retries and follow-ups never overshoot. */
export function answeredText(progress: RoomProgress): string {
  return `${progress.answered} of ${countOf(progress.total, "planned question")} answered`;
}

/** The live region's sentence for a new question: "Question 3 of 12, Databases: How would you…". */
export function questionAnnouncement(
  progress: RoomProgress,
  question: Pick<OpenQuestion, "kind" | "attempt" | "text">,
): string {
  const place = questionPlace(progress, question) ?? (question.kind === "follow-up" ? "Follow-up" : "Question");
  const topic = progress.topicLabel ? `, ${progress.topicLabel}` : "";
  const attempt = question.attempt > 1 ? ", second attempt" : "";
  return `${place}${topic}${attempt}: ${question.text}`;
}
