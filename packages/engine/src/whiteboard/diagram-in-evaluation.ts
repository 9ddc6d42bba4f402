// Folds a diagram into an answer's grade, the same way whoever graded the explanation (the built-in
// grader, the model, the built-in fallback): the structure is graded by the engine (grade-diagram.ts)
// against the question's structural rubric, so a model cannot invent components the drawing lacks.
//
// The score blends the explanation's score with the structure's, with DIAGRAM_WEIGHT on the structure
// (0 → 1/10, every element present → 10/10), and the drawing can lift an answer by at most
// DIAGRAM_MAX_LIFT points: a complete diagram next to no explanation (1/10) reaches 4 at most, well
// under the passing bar, while a missing cache or replica pulls a good explanation down. The feedback
// names the candidate's own labels: present elements become strengths, missing ones and unconnected
// components become gaps. Without a diagram the verdict is returned unchanged (graded as before);
// a diagram on a question with no structural rubric is kept and shown, and the score is the text's.
import { structuralRubricFor } from "../builtin/question-bank/system-design-structure.ts";
import {
  EMPTY_ANSWER_MAX_SCORE,
  type EvaluationVerdict,
  PASSING_SCORE,
  shortQuote,
} from "../evaluation/evaluation-schema.ts";
import type { InterviewQuestion } from "../interview-question.ts";
import type { DiagramEvaluation } from "./diagram-evaluation-schema.ts";
import { type DiagramGraph, unconnectedNodes } from "./diagram-graph.ts";
import { gradeDiagram } from "./grade-diagram.ts";
import type { StructuralRubric } from "./structural-rubric.ts";

/** Share of the final score that comes from the drawing's structure. */
export const DIAGRAM_WEIGHT = 0.4;
/** The most points a drawing can add to the explanation's score. */
export const DIAGRAM_MAX_LIFT = 3;
/** Diagram notes added to the strengths and to the gaps, each. */
const MAX_FEEDBACK_NOTES = 8;

const NO_RUBRIC_REASON =
  "This question has no structural rubric: your drawing is kept with the answer, and the explanation is graded.";
const EXPLAIN_THE_DIAGRAM =
  "Explain your diagram in words: why each component is there, and what happens on the write and read paths.";

export type DiagramQuestion = Pick<InterviewQuestion, "id" | "source" | "topic" | "parentQuestionId">;

/** The structural rubric a question is graded by: a bank system-design question's (a follow-up: its parent's). */
export function structuralRubricOfQuestion(question: DiagramQuestion): StructuralRubric | undefined {
  if (question.source !== "bank" || question.topic !== "system-design") return undefined;
  return structuralRubricFor(question.parentQuestionId ?? question.id);
}

/** The final score from the explanation's (1-10) and the structure's share (0-1). */
export function blendedScore(explanationScore: number, structureScore: number): number {
  const structure = 1 + 9 * structureScore;
  const blended = Math.round((1 - DIAGRAM_WEIGHT) * explanationScore + DIAGRAM_WEIGHT * structure);
  return Math.max(1, Math.min(10, blended, explanationScore + DIAGRAM_MAX_LIFT));
}

function withScoreInSummary(summary: string, before: number, after: number): string {
  // The built-in summary opens with the score it gave; after blending that number must be the final one.
  const opening = `Score ${before}/10.`;
  return summary.startsWith(opening) ? `Score ${after}/10.${summary.slice(opening.length)}` : summary;
}

function unconnectedGap(labels: readonly string[]): string[] {
  if (labels.length === 0) return [];
  const shown = labels.slice(0, 3).map((label) => `'${label}'`);
  const more = labels.length > shown.length ? ` and ${labels.length - shown.length} more` : "";
  return [
    shortQuote(
      `${shown.join(", ")}${more} ${labels.length > 1 ? "are" : "is"} not connected to anything: draw the arrows that use ${labels.length > 1 ? "them" : "it"}.`,
    ),
  ];
}

/**
 * The verdict with the diagram folded in (see the header); the verdict as it is when there is no
 * diagram. `answer` is the written explanation, to tell a drawing with no words beside it.
 */
export function withDiagramGrade<T extends EvaluationVerdict>(
  verdict: T,
  input: { question: DiagramQuestion; answer: string; diagram: DiagramGraph | null | undefined },
): T {
  const { diagram } = input;
  if (!diagram) return verdict;
  const rubric = structuralRubricOfQuestion(input.question);
  const unconnected = unconnectedNodes(diagram)
    .map((node) => node.label || "(unlabelled)")
    .slice(0, 50);
  if (!rubric || rubric.diagram === "not-expected") {
    const section: DiagramEvaluation = {
      structureScore: null,
      explanationScore: verdict.score,
      present: [],
      missing: [],
      unconnected,
      notGradedReason: shortQuote(rubric?.reason ?? NO_RUBRIC_REASON),
    };
    return { ...verdict, diagram: section };
  }

  const grade = gradeDiagram(diagram, rubric);
  const score = blendedScore(verdict.score, grade.score0to1);
  const section: DiagramEvaluation = {
    structureScore: grade.score0to1,
    explanationScore: verdict.score,
    present: grade.present.slice(0, 30).map((element) => ({
      category: element.category,
      element: element.element,
      refersTo: element.refersTo.slice(0, 20),
      note: shortQuote(element.note),
    })),
    missing: grade.missing.slice(0, 30).map((element) => ({
      category: element.category,
      element: element.element,
      why: shortQuote(element.why),
    })),
    unconnected,
    notGradedReason: null,
  };
  const total = grade.present.length + grade.missing.length;
  // No words, or none worth a point ("ok", "see drawing"): the feedback asks for the explanation.
  const blank = input.answer.trim() === "" || verdict.score <= EMPTY_ANSWER_MAX_SCORE;
  const structureSentence = `Your diagram shows ${grade.present.length} of ${total} structural elements${grade.missing[0] ? `; ${lowerFirst(grade.missing[0].why)}` : "."}`;
  const summary = blank
    ? `Score ${score}/10. ${EXPLAIN_THE_DIAGRAM} ${structureSentence}`
    : `${withScoreInSummary(verdict.feedback.summary, verdict.score, score)} ${structureSentence}`;
  const [firstMissing] = section.missing;
  const improvement = blank
    ? EXPLAIN_THE_DIAGRAM
    : firstMissing && verdict.score >= PASSING_SCORE
      ? shortQuote(`Complete the diagram: ${firstMissing.why}`)
      : verdict.feedback.improvement;
  return {
    ...verdict,
    score,
    feedback: {
      ...verdict.feedback,
      summary,
      strengths: [...verdict.feedback.strengths, ...section.present.slice(0, MAX_FEEDBACK_NOTES).map((p) => p.note)],
      gaps: [
        ...verdict.feedback.gaps,
        ...section.missing.slice(0, MAX_FEEDBACK_NOTES).map((m) => m.why),
        ...unconnectedGap(unconnected),
      ],
      improvement,
    },
    diagram: section,
  };
}

function lowerFirst(text: string): string {
  // "Your drawing has …" reads on after a semicolon; a candidate's quoted label keeps its case.
  return text.startsWith("Your ") ? `your ${text.slice(5)}` : text;
}
