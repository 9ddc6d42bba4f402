// Drafts survive a reload or a lost connection: saved per question (turn) in localStorage, removed
// once the answer is submitted. Answers are the user's own text, not secrets.
const key = (turnId: string) => `interviewer:draft:${turnId}`;

export function loadDraft(turnId: string): string {
  return localStorage.getItem(key(turnId)) ?? "";
}

export function saveDraft(turnId: string, text: string): void {
  if (text) localStorage.setItem(key(turnId), text);
  else localStorage.removeItem(key(turnId));
}

export function clearDraft(turnId: string): void {
  localStorage.removeItem(key(turnId));
}
