// Where the candidate writes: a plain text area, or the code editor for coding questions. Either way
// Ctrl/Cmd+Enter submits, and the draft is saved per question as it is typed. For a coding question
// the language picker sets the editor's language, and that language decides whether the code runs:
// JavaScript, TypeScript and Python run against the question's examples (Run, or Ctrl/Cmd+'), with
// the results under the editor; other languages are graded by reading, and the editor says so.
import type { RouterOutputs } from "@interviewer/api";
import { lazy, Suspense, useEffect, useId, useState } from "react";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { loadDraft, saveDraft } from "./answer-draft.ts";
import { CodeRunResults } from "./CodeRunResults.tsx";
import {
  editorLanguageOptions,
  loadEditorLanguage,
  notRunnableMessage,
  pickerSpelling,
  type RunnableLanguage,
  runnableLanguageOf,
  saveEditorLanguage,
} from "./editor-language.ts";

const CodeEditor = lazy(() => import("./CodeEditor.tsx"));

type RunnableCode = NonNullable<NonNullable<RouterOutputs["interview"]["get"]["currentQuestion"]>["runnable"]>;

interface AnswerEditorProps {
  interviewId: string;
  turnId: string;
  isCoding: boolean;
  /** The interview's language: where the language picker starts. */
  language: string;
  /** The question's examples and starter code when its code runs; null when it is graded by reading. */
  runnable: RunnableCode | null;
  submitting: boolean;
  /** `language` is set when the answer is code in a language that runs for this question. */
  onSubmit(answer: string, language: RunnableLanguage | undefined): void;
}

export function AnswerEditor(props: AnswerEditorProps) {
  return props.isCoding ? <CodeAnswerEditor {...props} /> : <TextAnswerEditor {...props} />;
}

function TextAnswerEditor({ turnId, submitting, onSubmit }: AnswerEditorProps) {
  const id = useId();
  const [answer, setAnswer] = useState(() => loadDraft(turnId));
  useEffect(() => saveDraft(turnId, answer), [turnId, answer]);
  const submit = () => {
    if (answer.trim() && !submitting) onSubmit(answer, undefined);
  };
  return (
    <div className="stack">
      <label htmlFor={id}>Your answer</label>
      <textarea
        id={id}
        className="answer-textarea"
        rows={10}
        value={answer}
        disabled={submitting}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setAnswer(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <div className="editor-footer">
        <p className="muted" id={`${id}-hint`}>
          Draft saved on this device. Press <kbd>Ctrl</kbd>+<kbd>Enter</kbd> (<kbd>⌘</kbd>+<kbd>Enter</kbd> on a Mac) to
          submit.
        </p>
        <SubmitButton submitting={submitting} disabled={!answer.trim()} onClick={submit} />
      </div>
    </div>
  );
}

function CodeAnswerEditor({ interviewId, turnId, language, runnable, submitting, onSubmit }: AnswerEditorProps) {
  const id = useId();
  const [editorLanguage, setEditorLanguage] = useState(() => loadEditorLanguage(turnId) ?? pickerSpelling(language));
  const runtime = runnableLanguageOf(editorLanguage);
  const runsHere = runnable !== null && runtime !== null && runnable.languages.includes(runtime);
  const starterFor = (name: string): string => {
    const lang = runnableLanguageOf(name);
    return runnable && lang && runnable.languages.includes(lang) ? runnable.starterCode[lang] : "";
  };
  const [answer, setAnswer] = useState(() => loadDraft(turnId) || starterFor(editorLanguage));
  useEffect(() => saveDraft(turnId, answer), [turnId, answer]);
  useEffect(() => saveEditorLanguage(turnId, editorLanguage), [turnId, editorLanguage]);
  const run = trpc.interview.runCode.useMutation();

  const chooseLanguage = (next: string) => {
    // Untouched starter code follows the language; anything the candidate wrote stays.
    if (answer.trim() === "" || answer === starterFor(editorLanguage)) setAnswer(starterFor(next));
    setEditorLanguage(next);
    run.reset();
  };
  const submit = () => {
    if (answer.trim() && !submitting) onSubmit(answer, runsHere && runtime ? runtime : undefined);
  };
  const runExamples = () => {
    if (!runsHere || !runtime || !answer.trim() || run.isPending || submitting) return;
    run.mutate({ interviewId, turnId, language: runtime, code: answer });
  };
  const label = `Your answer (${editorLanguage} code)`;

  return (
    // Ctrl/Cmd+' also runs from the picker and the buttons; inside the editor its own keymap handles it.
    // biome-ignore lint/a11y/noStaticElementInteractions: a keyboard shortcut for the whole editor area, not a control.
    <div
      className="stack"
      onKeyDown={(event) => {
        if (!event.defaultPrevented && event.key === "'" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          runExamples();
        }
      }}
    >
      <div className="code-toolbar">
        <label htmlFor={`${id}-language`}>
          Language
          <select
            id={`${id}-language`}
            value={editorLanguage}
            disabled={submitting}
            onChange={(event) => chooseLanguage(event.target.value)}
          >
            {editorLanguageOptions(language).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        {runnable && !runsHere && (
          <p className="muted code-toolbar-note" data-testid="not-runnable">
            {notRunnableMessage(editorLanguage, runnable.languages)}
          </p>
        )}
        {!runnable && <p className="muted code-toolbar-note">This question is graded by reading your code.</p>}
      </div>
      {runnable && runnable.examples.length > 0 && (
        <details className="code-examples">
          <summary>Examples ({runnable.examples.length})</summary>
          <ul>
            {runnable.examples.map((example) => (
              <li key={example.name}>
                <code>{example.args.map((arg) => JSON.stringify(arg)).join(", ")}</code> →{" "}
                <code>{JSON.stringify(example.expected)}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {/* CodeMirror's editable area is not a form control: it carries the same text as its aria-label. */}
      <p className="field-label">{label}</p>
      <Suspense fallback={<p className="loading">Loading the code editor…</p>}>
        <CodeEditor
          value={answer}
          language={editorLanguage}
          label={label}
          onChange={setAnswer}
          onSubmit={submit}
          onRun={runsHere ? runExamples : undefined}
          disabled={submitting}
        />
      </Suspense>
      <section className="code-run-panel" aria-live="polite" aria-busy={run.isPending} aria-label="Run results">
        {run.isPending && <p className="loading">Running your code against the examples…</p>}
        {!run.isPending && run.error && <ErrorMessage error={run.error} />}
        {!run.isPending && run.data && <CodeRunResults result={run.data} tests="examples" />}
      </section>
      <div className="editor-footer">
        <p className="muted" id={`${id}-hint`}>
          Draft saved on this device. Press <kbd>Ctrl</kbd>+<kbd>Enter</kbd> (<kbd>⌘</kbd>+<kbd>Enter</kbd> on a Mac) to
          submit
          {runsHere && (
            <>
              , <kbd>Ctrl</kbd>+<kbd>'</kbd> (<kbd>⌘</kbd>+<kbd>'</kbd>) to run the examples
            </>
          )}
          .{runsHere && " Submitting runs your code against hidden tests too."}
        </p>
        <div className="actions">
          {runsHere && (
            <button
              type="button"
              className="btn"
              onClick={runExamples}
              disabled={run.isPending || submitting || !answer.trim()}
              aria-keyshortcuts="Control+' Meta+'"
              aria-describedby={`${id}-hint`}
            >
              {run.isPending ? "Running…" : "Run"}
            </button>
          )}
          <SubmitButton submitting={submitting} disabled={!answer.trim()} onClick={submit} />
        </div>
      </div>
    </div>
  );
}

function SubmitButton({ submitting, disabled, onClick }: { submitting: boolean; disabled: boolean; onClick(): void }) {
  return (
    <button type="button" className="btn btn-primary" onClick={onClick} disabled={submitting || disabled}>
      {submitting ? "Submitting…" : "Submit answer"}
    </button>
  );
}
