// Drafts survive a reload or a lost connection: saved per question (turn) in localStorage, removed
// once the answer is submitted or the question skipped. An answer has up to three parts, each kept on
// its own: the prose, the code and the whiteboard (its scene as JSON). Answers are the user's own
// text, not secrets.
export type DraftPart = "prose" | "code" | "diagram";

// The prose keeps the key drafts had before answers could carry code, so an open draft survives.
const key = (turnId: string, part: DraftPart) =>
  part === "prose" ? `interviewer:draft:${turnId}` : `interviewer:draft-${part}:${turnId}`;

export function loadDraft(turnId: string, part: DraftPart): string {
  return localStorage.getItem(key(turnId, part)) ?? "";
}

export function saveDraft(turnId: string, part: DraftPart, text: string): void {
  if (text) localStorage.setItem(key(turnId, part), text);
  else localStorage.removeItem(key(turnId, part));
}

export function clearDraft(turnId: string): void {
  localStorage.removeItem(key(turnId, "prose"));
  localStorage.removeItem(key(turnId, "code"));
  localStorage.removeItem(key(turnId, "diagram"));
}
