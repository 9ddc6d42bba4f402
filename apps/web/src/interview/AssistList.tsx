// The clarifying questions and hints of one question, in the order they were asked: "You asked: … /
// Interviewer: …" and "Hint 2 of 3 · direction: …". Shown under the open question (the conversation
// with the interviewer so far), in the thread's earlier entries and in the report.
import type { RouterOutputs } from "@interviewer/api";
import "./ask-interviewer.css";

export type TurnAssist = RouterOutputs["interview"]["transcript"]["turns"][number]["assists"][number];

const HINTS_PER_QUESTION = 3;
const HINT_NAMES = { 1: "nudge", 2: "direction", 3: "key insight" } as const;

export function hintTitle(level: 1 | 2 | 3): string {
  return `Hint ${level} of ${HINTS_PER_QUESTION} · ${HINT_NAMES[level]}`;
}

export function AssistList({ assists, label }: { assists: readonly TurnAssist[]; label: string }) {
  if (assists.length === 0) return null;
  return (
    <ol className="list-stack" aria-label={label}>
      {/* Assists are only ever appended, so their place in the list is a stable key. */}
      {assists.map((assist, index) =>
        assist.kind === "clarification" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: append-only list (see above)
          <li key={index} className="assist assist-clarification">
            <p>
              <span className="assist-who">You asked:</span> {assist.question}
            </p>
            <p>
              <span className="assist-who">Interviewer:</span> {assist.reply}
            </p>
          </li>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: append-only list (see above)
          <li key={index} className="assist assist-hint">
            <p>
              <span className="assist-who">{hintTitle(assist.level)}:</span> {assist.text}
            </p>
          </li>
        ),
      )}
    </ol>
  );
}
