// The language label of code in an answer (what the editor's language picker shows) and the runtime it
// maps to. Any label is accepted — SQL, Go, pseudo-code are graded by reading — but only a label that
// names a language the sandbox runs gets a runtime, so the hidden tests run on it. The mapping is by
// exact, case-insensitive name, so "Java" never becomes JavaScript.
import type { RunnableLanguage } from "./code-execution.ts";

/** The longest language label an answer's code may carry. */
export const MAX_CODE_LANGUAGE_LABEL_CHARS = 40;

/** The labels an editor offers, runnable ones first. Any other label is accepted too. */
export const CODE_LANGUAGE_LABELS = [
  "Python",
  "TypeScript",
  "JavaScript",
  "SQL",
  "Pseudo-code",
  "Go",
  "Java",
  "C#",
  "C++",
  "C",
  "Rust",
  "Kotlin",
  "Ruby",
  "PHP",
  "Bash",
] as const;

const RUNTIME_BY_LABEL: ReadonlyMap<string, RunnableLanguage> = new Map<string, RunnableLanguage>([
  ["javascript", "javascript"],
  ["js", "javascript"],
  ["node", "javascript"],
  ["node.js", "javascript"],
  ["nodejs", "javascript"],
  ["typescript", "typescript"],
  ["ts", "typescript"],
  ["python", "python"],
  ["python3", "python"],
  ["py", "python"],
]);

/** The runtime a language label names, or null for a language that is read, not run. */
export function codeRuntimeOf(label: string): RunnableLanguage | null {
  return RUNTIME_BY_LABEL.get(label.trim().toLowerCase()) ?? null;
}

/** The label an editor shows for a runtime (the legacy `language` field names runtimes, not labels). */
export function codeLabelOf(runtime: RunnableLanguage): string {
  return LABEL_BY_RUNTIME[runtime];
}

const LABEL_BY_RUNTIME: Record<RunnableLanguage, string> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  python: "Python",
};
