// The language of the code editor: which names the picker offers, where it starts for a question,
// which of them run (the editor's language decides the runtime) and the choice kept per question,
// beside the draft, so a reload keeps Python code in Python. The names are labels the API stores
// with the code ("SQL", "Pseudo-code"); only JavaScript, TypeScript and Python run.
import type { RouterInputs, RouterOutputs } from "@interviewer/api";

export type RunnableLanguage = RouterInputs["interview"]["runCode"]["language"];
type TopicId = NonNullable<RouterOutputs["interview"]["get"]["currentQuestion"]>["topic"];

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

/**
 * What the picker offers: the languages that run first, then what backend interviews are written in
 * (SQL for databases, pseudo-code for designs, shell for operations). No "/" in a name: it becomes
 * the tag of the answer's fenced code block.
 */
export const CODE_LANGUAGE_OPTIONS = [
  "TypeScript",
  "JavaScript",
  "Python",
  "SQL",
  "Pseudo-code",
  "Bash",
  "Go",
  "Java",
  "Kotlin",
  "C#",
  "C",
  "C++",
  "Rust",
  "Ruby",
  "PHP",
] as const;

/** The runtime for an editor language ("Python" → "python"); null for a language that is only read. */
export function runnableLanguageOf(name: string): RunnableLanguage | null {
  return RUNNABLE_BY_NAME[name.trim().toLowerCase()] ?? null;
}

/** The picker's choices: the usual languages, plus the interview's own if it is another one. */
export function editorLanguageOptions(planLanguage: string): string[] {
  const known = CODE_LANGUAGE_OPTIONS.some((option) => option.toLowerCase() === planLanguage.toLowerCase());
  return known ? [...CODE_LANGUAGE_OPTIONS] : [...CODE_LANGUAGE_OPTIONS, planLanguage];
}

/** The interview's language as the picker spells it ("python" → "Python"). */
export function pickerSpelling(planLanguage: string): string {
  return CODE_LANGUAGE_OPTIONS.find((option) => option.toLowerCase() === planLanguage.toLowerCase()) ?? planLanguage;
}

/** Where the picker starts: SQL for databases, pseudo-code for designs, else the interview's language. */
export function defaultEditorLanguage(topic: TopicId, planLanguage: string): string {
  if (topic === "databases") return "SQL";
  if (topic === "system-design") return "Pseudo-code";
  return pickerSpelling(planLanguage);
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
