// Where the candidate answers: prose, code, or both. Any answer can take code ("Add code": SQL for a
// databases question, pseudo-code for a design, a shell command…) in a code editor with a language
// picker; a coding question opens with the code editor and a separate "Explain your approach" box.
// The answer is sent as its prose plus `code: { language, source }`, and the server stores both.
// Code in a language that runs (JavaScript, TypeScript, Python), on a question with tests, runs
// against the examples (Run, or Ctrl/Cmd+'). Ctrl/Cmd+Enter submits; Submit disabled says why; Skip
// sits beside it. Each part's draft is saved per question as it is typed. Any answer can also carry a
// whiteboard diagram (../whiteboard/DiagramSection.tsx), sent as its scene's JSON in `diagram`.
import type { RouterInputs, RouterOutputs } from "@interviewer/api";
import { lazy, type ReactNode, Suspense, useEffect, useId, useState } from "react";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { DiagramSection } from "../whiteboard/DiagramSection.tsx";
import type { DiagramAnswer } from "../whiteboard/scene-json.ts";
import { loadDraft, saveDraft } from "./answer-draft.ts";
import { CodeRunResults } from "./CodeRunResults.tsx";
import {
  defaultEditorLanguage,
  editorLanguageOptions,
  loadEditorLanguage,
  notRunnableMessage,
  runnableLanguageOf,
  saveEditorLanguage,
} from "./editor-language.ts";
import { SkipQuestion } from "./SkipQuestion.tsx";

const CodeEditor = lazy(() => import("./CodeEditor.tsx"));

type OpenQuestion = NonNullable<RouterOutputs["interview"]["get"]["currentQuestion"]>;
type RunnableCode = NonNullable<OpenQuestion["runnable"]>;
export type AnswerCode = NonNullable<RouterInputs["interview"]["submitAnswer"]["code"]>;

export interface WrittenAnswer {
  /** The prose ("" when the answer is only code). */
  prose: string;
  code: AnswerCode | undefined;
  /** The whiteboard's scene as JSON; undefined when nothing is drawn. */
  diagram: string | undefined;
}

interface AnswerEditorProps {
  interviewId: string;
  turnId: string;
  topic: OpenQuestion["topic"];
  isCoding: boolean;
  /** The interview's language: where the picker starts on a coding question. */
  planLanguage: string;
  /** The question's examples and starter code when its code runs; null when it is graded by reading. */
  runnable: RunnableCode | null;
  /** An answer or a skip is on its way. */
  busy: boolean;
  onSubmit(answer: WrittenAnswer): void;
  onSkip(): void;
}

export function AnswerEditor({
  interviewId,
  turnId,
  topic,
  isCoding,
  planLanguage,
  runnable,
  busy,
  onSubmit,
  onSkip,
}: AnswerEditorProps) {
  const id = useId();
  const starterFor = (name: string): string => {
    const lang = runnableLanguageOf(name);
    return runnable && lang && runnable.languages.includes(lang) ? runnable.starterCode[lang] : "";
  };
  const [prose, setProse] = useState(() => loadDraft(turnId, "prose"));
  const [language, setLanguage] = useState(
    () => loadEditorLanguage(turnId) ?? defaultEditorLanguage(topic, planLanguage),
  );
  const [code, setCode] = useState(() => loadDraft(turnId, "code") || starterFor(language));
  // A coding question opens with code; any other shows it once asked for (or when a code draft exists).
  const [codeOn, setCodeOn] = useState(() => isCoding || loadDraft(turnId, "code") !== "");
  useEffect(() => saveDraft(turnId, "prose", prose), [turnId, prose]);
  // Untouched starter code is not a draft: the question gives it back.
  const codeDraft = code === starterFor(language) ? "" : code;
  useEffect(() => saveDraft(turnId, "code", codeDraft), [turnId, codeDraft]);
  useEffect(() => saveEditorLanguage(turnId, language), [turnId, language]);
  const [diagram, setDiagram] = useState<DiagramAnswer>(() => ({
    json: loadDraft(turnId, "diagram") || undefined,
    problem: null,
  }));
  const run = trpc.interview.runCode.useMutation();

  const runtime = runnableLanguageOf(language);
  const runsHere = codeOn && runnable !== null && runtime !== null && runnable.languages.includes(runtime);
  const codeToSend: AnswerCode | undefined = codeOn && code.trim() ? { language, source: code } : undefined;
  const canSubmit =
    (prose.trim() !== "" || codeToSend !== undefined || diagram.json !== undefined) && diagram.problem === null;
  const wroteSomething = prose.trim() !== "" || (codeOn && codeDraft.trim() !== "") || diagram.json !== undefined;

  const chooseLanguage = (next: string) => {
    // Untouched starter code follows the language; anything the candidate wrote stays.
    if (code.trim() === "" || code === starterFor(language)) setCode(starterFor(next));
    setLanguage(next);
    run.reset();
  };
  const submit = () => {
    if (canSubmit && !busy) onSubmit({ prose: prose.trim() ? prose : "", code: codeToSend, diagram: diagram.json });
  };
  const runExamples = () => {
    if (!runsHere || !runtime || !code.trim() || run.isPending || busy) return;
    run.mutate({ interviewId, turnId, language: runtime, code });
  };
  const codeLabel = `Your code (${language})`;
  const keysHint = `${id}-keys`;
  const emptyHint = `${id}-empty`;

  const proseField = (
    <div className="stack answer-prose-field">
      <label htmlFor={`${id}-prose`}>{isCoding ? "Explain your approach" : "Your answer"}</label>
      {isCoding && (
        <p className="muted field-hint" id={`${id}-prose-hint`}>
          The idea, its time and space, the edge cases you thought of: it is graded with your code.
        </p>
      )}
      <textarea
        id={`${id}-prose`}
        className={isCoding ? "answer-textarea explanation-textarea" : "answer-textarea"}
        rows={isCoding ? 5 : 10}
        value={prose}
        disabled={busy}
        aria-describedby={isCoding ? `${id}-prose-hint ${keysHint}` : keysHint}
        onChange={(event) => setProse(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
      />
    </div>
  );

  const codeSection = codeOn && (
    <section id={`${id}-code`} className="stack code-answer" aria-label="Code">
      <div className="code-toolbar">
        <label htmlFor={`${id}-language`}>
          Language
          <select
            id={`${id}-language`}
            value={language}
            disabled={busy}
            onChange={(event) => chooseLanguage(event.target.value)}
          >
            {editorLanguageOptions(planLanguage).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        {runnable && !runsHere && (
          <p className="muted code-toolbar-note" data-testid="not-runnable">
            {notRunnableMessage(language, runnable.languages)}
          </p>
        )}
        {isCoding && !runnable && (
          <p className="muted code-toolbar-note">This question is graded by reading your code.</p>
        )}
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
      <p className="field-label">{codeLabel}</p>
      <Suspense fallback={<p className="loading">Loading the code editor…</p>}>
        <CodeEditor
          value={code}
          language={language}
          label={codeLabel}
          describedBy={keysHint}
          onChange={setCode}
          onSubmit={submit}
          onRun={runsHere ? runExamples : undefined}
          disabled={busy}
        />
      </Suspense>
      {runsHere && (
        <section className="code-run-panel" aria-live="polite" aria-busy={run.isPending} aria-label="Run results">
          {run.isPending && <p className="loading">Running your code against the examples…</p>}
          {!run.isPending && run.error && <ErrorMessage error={run.error} />}
          {!run.isPending && run.data && <CodeRunResults result={run.data} tests="examples" />}
        </section>
      )}
    </section>
  );

  return (
    // Ctrl/Cmd+' also runs from the picker and the buttons; inside the editor its own keymap handles it.
    // biome-ignore lint/a11y/noStaticElementInteractions: a keyboard shortcut for the whole answer area, not a control.
    <div
      className="stack answer-composer"
      onKeyDown={(event) => {
        if (!event.defaultPrevented && event.key === "'" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          runExamples();
        }
      }}
    >
      {isCoding ? (
        <>
          {codeSection}
          {proseField}
        </>
      ) : (
        <>
          {proseField}
          <div className="code-toggle">
            <button
              type="button"
              className="btn btn-small"
              aria-expanded={codeOn}
              aria-controls={codeOn ? `${id}-code` : undefined}
              disabled={busy}
              onClick={() => setCodeOn((on) => !on)}
            >
              {codeOn ? "Remove code" : "Add code"}
            </button>
            {!codeOn && <span className="muted">A query, a command, pseudo-code: code in any language.</span>}
          </div>
          {codeSection}
        </>
      )}
      <DiagramSection turnId={turnId} suggested={topic === "system-design"} busy={busy} onChange={setDiagram} />
      <div className="editor-footer">
        <div className="editor-hints">
          <KeysHint id={keysHint} codeOn={codeOn} runsHere={runsHere} />
          {!canSubmit && (
            <p className="muted" id={emptyHint} data-testid="empty-answer-hint">
              {diagram.problem
                ? "The diagram cannot be sent as it is: see the message under the whiteboard."
                : `${codeOn ? "Write an answer or some code to submit" : "Write an answer to submit"}, or skip the question if you don't know.`}
            </p>
          )}
        </div>
        <div className="actions">
          {runsHere && (
            <button
              type="button"
              className="btn"
              onClick={runExamples}
              disabled={run.isPending || busy || !code.trim()}
              aria-keyshortcuts="Control+' Meta+'"
              aria-describedby={keysHint}
            >
              {run.isPending ? "Running…" : "Run"}
            </button>
          )}
          <SkipQuestion busy={busy} hasDraft={wroteSomething} onSkip={onSkip} />
          <button
            type="button"
            className="btn btn-primary"
            onClick={submit}
            disabled={busy || !canSubmit}
            aria-describedby={canSubmit ? keysHint : emptyHint}
          >
            {busy ? "Submitting…" : "Submit answer"}
          </button>
        </div>
      </div>
    </div>
  );
}

function KeysHint({ id, codeOn, runsHere }: { id: string; codeOn: boolean; runsHere: boolean }) {
  const keys = (...names: string[]): ReactNode =>
    names.map((name, index) => (
      <span key={name}>
        {index > 0 && "+"}
        <kbd>{name}</kbd>
      </span>
    ));
  return (
    <p className="muted" id={id}>
      Draft saved on this device. {keys("Ctrl", "Enter")} ({keys("⌘", "Enter")} on a Mac) submits.
      {codeOn && (
        <>
          {" "}
          In the code editor, {keys("Tab")} indents and {keys("Esc")} moves on to the next control.
        </>
      )}
      {runsHere && (
        <>
          {" "}
          {keys("Ctrl", "'")} ({keys("⌘", "'")}) runs the examples; submitting runs your code against hidden tests too.
        </>
      )}
    </p>
  );
}
