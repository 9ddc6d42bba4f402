// Where the candidate writes: a plain text area, or the code editor for coding questions. Either way
// Ctrl/Cmd+Enter submits, and the draft is saved per question as it is typed.
import { lazy, Suspense, useEffect, useId, useState } from "react";
import { loadDraft, saveDraft } from "./answer-draft.ts";

const CodeEditor = lazy(() => import("./CodeEditor.tsx"));

interface AnswerEditorProps {
  turnId: string;
  isCoding: boolean;
  language: string;
  submitting: boolean;
  onSubmit(answer: string): void;
}

export function AnswerEditor({ turnId, isCoding, language, submitting, onSubmit }: AnswerEditorProps) {
  const id = useId();
  const [answer, setAnswer] = useState(() => loadDraft(turnId));
  useEffect(() => saveDraft(turnId, answer), [turnId, answer]);
  const submit = () => {
    if (answer.trim() && !submitting) onSubmit(answer);
  };
  const label = isCoding ? `Your answer (${language} code)` : "Your answer";
  return (
    <div className="stack">
      {/* CodeMirror's editable area is not a form control: it carries the same text as its aria-label. */}
      {isCoding ? <p className="field-label">{label}</p> : <label htmlFor={id}>{label}</label>}
      {isCoding ? (
        <Suspense fallback={<p className="loading">Loading the code editor…</p>}>
          <CodeEditor
            value={answer}
            language={language}
            label={label}
            onChange={setAnswer}
            onSubmit={submit}
            disabled={submitting}
          />
        </Suspense>
      ) : (
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
      )}
      <div className="editor-footer">
        <p className="muted" id={`${id}-hint`}>
          Draft saved on this device. Press <kbd>Ctrl</kbd>+<kbd>Enter</kbd> (<kbd>⌘</kbd>+<kbd>Enter</kbd> on a Mac) to
          submit.
        </p>
        <button type="button" className="btn btn-primary" onClick={submit} disabled={submitting || !answer.trim()}>
          {submitting ? "Submitting…" : "Submit answer"}
        </button>
      </div>
    </div>
  );
}
