// The language of the code editor: which names the picker offers, which of them run (the editor's
// language decides the runtime) and the choice kept per question, beside the draft, so a reload keeps
// Python code in Python.
import type { RouterInputs } from "@interviewer/api";
import { LANGUAGE_OPTIONS } from "./plan-options.ts";

export type RunnableLanguage = RouterInputs["interview"]["runCode"]["language"];

const RUNNABLE_BY_NAME: Record<string, RunnableLanguage> = {
  javascript: "javascript",
  typescript: "typescript",
  python: "python",
};

export const RUNNABLE_NAMES: Record<RunnableLanguage, string> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  python: "Python",
};

/** The runtime for an editor language ("Python" → "python"); null for a language that is only read. */
export function runnableLanguageOf(name: string): RunnableLanguage | null {
  return RUNNABLE_BY_NAME[name.trim().toLowerCase()] ?? null;
}

/** The picker's choices: the usual languages, plus the interview's own if it is another one. */
export function editorLanguageOptions(planLanguage: string): string[] {
  const known = LANGUAGE_OPTIONS.some((option) => option.toLowerCase() === planLanguage.toLowerCase());
  return known ? [...LANGUAGE_OPTIONS] : [...LANGUAGE_OPTIONS, planLanguage];
}

/** The interview's language as the picker spells it ("python" → "Python"). */
export function pickerSpelling(planLanguage: string): string {
  return LANGUAGE_OPTIONS.find((option) => option.toLowerCase() === planLanguage.toLowerCase()) ?? planLanguage;
}

/** "Go is graded by reading; run JavaScript, TypeScript or Python." */
export function notRunnableMessage(language: string, runnable: readonly RunnableLanguage[]): string {
  const names = runnable.map((l) => RUNNABLE_NAMES[l]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : (names[0] ?? "");
  return `${language} is graded by reading; run ${list}.`;
}

const key = (turnId: string) => `interviewer:draft-language:${turnId}`;

export function loadEditorLanguage(turnId: string): string | null {
  return localStorage.getItem(key(turnId));
}

export function saveEditorLanguage(turnId: string, language: string): void {
  localStorage.setItem(key(turnId), language);
}

export function clearEditorLanguage(turnId: string): void {
  localStorage.removeItem(key(turnId));
}
