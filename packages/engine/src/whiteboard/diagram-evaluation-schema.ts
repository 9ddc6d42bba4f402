// The diagram's part of a graded answer: what the structural grader found in the candidate's drawing
// (present and missing rubric elements, components left unconnected) and how it moved the score. A
// section of the evaluation (evaluation-schema.ts), optional so evaluations stored before whiteboards
// existed, and answers without a drawing, parse as they are. Bounded like the rest of the evaluation.
import { z } from "zod";

const MAX_NOTE_CHARS = 400;
const ZNote = z.string().min(1).max(MAX_NOTE_CHARS);
const ZCategory = z.enum(["component", "flow", "redundancy", "access-pattern"]);

export const ZDiagramEvaluationSchema = z.object({
  /**
   * Share of the question's structural rubric the drawing shows (0-1); null when the question has no
   * structural rubric (not a bank system-design question, or one answered in words): then the drawing
   * is kept and shown, and the score is the explanation's alone.
   */
  structureScore: z.number().min(0).max(1).nullable(),
  /** The explanation's own score (1-10) before the structure was blended in. */
  explanationScore: z.number().int().min(1).max(10),
  present: z
    .array(
      z.object({
        category: ZCategory,
        /** The rubric's name for the element ("cache", "write path"). */
        element: ZNote,
        /** The candidate's labels it was found in (path order for flows). */
        refersTo: z.array(z.string().max(100)).max(20),
        note: ZNote,
      }),
    )
    .max(30),
  missing: z.array(z.object({ category: ZCategory, element: ZNote, why: ZNote })).max(30),
  /** Labels of components drawn with no arrow to or from them. */
  unconnected: z.array(z.string().max(100)).max(50),
  /** Why the drawing was not graded on its structure, when it was not. */
  notGradedReason: ZNote.nullable(),
});
export type DiagramEvaluation = z.infer<typeof ZDiagramEvaluationSchema>;
