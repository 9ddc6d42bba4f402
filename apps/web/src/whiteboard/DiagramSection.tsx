// The answer editor's whiteboard part: a button that opens the whiteboard ("Draw a diagram" on a
// system-design question, where a design is drawn; "Add a diagram" on any other), the canvas loaded
// only then, and the diagram's draft saved per question like the prose. A saved draft reopens it.
// The drawing reaches the editor through onChange, with the reason it cannot be sent when it is too large.
import { lazy, Suspense, useId, useState } from "react";
import { loadDraft, saveDraft } from "../interview/answer-draft.ts";
import type { DiagramAnswer } from "./scene-json.ts";
import { pointExcalidrawAtSelfHostedAssets } from "./self-hosted-assets.ts";

const WhiteboardCanvas = lazy(() => {
  pointExcalidrawAtSelfHostedAssets();
  return import("./WhiteboardCanvas.tsx");
});

interface DiagramSectionProps {
  turnId: string;
  /** A system-design question: the whiteboard is the expected way to answer, not an extra. */
  suggested: boolean;
  busy: boolean;
  onChange(answer: DiagramAnswer): void;
}

function saveDiagramDraft(turnId: string, json: string | undefined): void {
  try {
    saveDraft(turnId, "diagram", json ?? "");
  } catch {
    // A full localStorage loses only the draft; the drawing on screen is still sent with the answer.
  }
}

export function DiagramSection({ turnId, suggested, busy, onChange }: DiagramSectionProps) {
  const id = useId();
  // What the canvas opens with: the saved draft, and nothing once the diagram was removed.
  const [draft, setDraft] = useState(() => loadDraft(turnId, "diagram") || undefined);
  const [open, setOpen] = useState(draft !== undefined);
  const [problem, setProblem] = useState<string | null>(null);

  const changed = (answer: DiagramAnswer) => {
    setProblem(answer.problem);
    onChange(answer);
  };
  const toggle = () => {
    if (open) {
      // Removing the whiteboard removes the diagram from the answer, as "Remove code" does for code.
      saveDiagramDraft(turnId, undefined);
      setDraft(undefined);
      changed({ json: undefined, problem: null });
    }
    setOpen(!open);
  };

  return (
    <>
      <div className="code-toggle">
        <button
          type="button"
          className="btn btn-small"
          aria-expanded={open}
          aria-controls={open ? `${id}-whiteboard` : undefined}
          disabled={busy}
          onClick={toggle}
        >
          {open ? "Remove the diagram" : suggested ? "Draw a diagram" : "Add a diagram"}
        </button>
        {!open && (
          <span className="muted">
            {suggested
              ? "Draw the components and how requests and data flow between them."
              : "A whiteboard, for an architecture or a data flow."}
          </span>
        )}
      </div>
      {open && (
        <section id={`${id}-whiteboard`} className="stack" aria-label="Whiteboard">
          <Suspense fallback={<p className="loading">Loading the whiteboard…</p>}>
            <WhiteboardCanvas
              initialJson={draft}
              disabled={busy}
              onChange={changed}
              onSettled={(answer) => saveDiagramDraft(turnId, answer.json)}
            />
          </Suspense>
          {problem && (
            <p className="field-error" role="alert" data-testid="diagram-problem">
              {problem}
            </p>
          )}
        </section>
      )}
    </>
  );
}
