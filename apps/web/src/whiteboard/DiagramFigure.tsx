// Where a transcript, a report or a shared report shows an answer's diagram: the read-only view loaded
// on demand (Excalidraw's exporter is heavy, and most answers have no drawing), with the structural
// grader's notes beside it when the answer's evaluation has them (reports; the live thread shows them
// in the feedback already).
import type { DiagramEvaluation } from "@interviewer/engine";
import { lazy, Suspense } from "react";
import { DiagramNotes } from "./DiagramNotes.tsx";
import { pointExcalidrawAtSelfHostedAssets } from "./self-hosted-assets.ts";
import "./whiteboard.css";

const DiagramView = lazy(() => {
  pointExcalidrawAtSelfHostedAssets();
  return import("./DiagramView.tsx");
});

interface DiagramFigureProps {
  /** The stored scene, as the API returns it. */
  scene: unknown;
  /** The answer's evaluation, whose diagram section holds the grader's notes on the drawing. */
  evaluation?: { diagram?: DiagramEvaluation } | null;
}

export function DiagramFigure({ scene, evaluation }: DiagramFigureProps) {
  const notes = evaluation?.diagram;
  return (
    <section className={notes ? "diagram-view diagram-view-with-notes" : "diagram-view"} aria-label="Diagram">
      <Suspense fallback={<p className="loading">Loading the diagram…</p>}>
        <DiagramView scene={scene} />
      </Suspense>
      {notes && <DiagramNotes evaluation={notes} headingLevel={4} />}
    </section>
  );
}
