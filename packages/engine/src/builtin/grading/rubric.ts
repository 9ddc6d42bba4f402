// A question's rubric compiled for the grader: phrasings parsed once, and the question's vocabulary
// (its text, rubric and model answer) as weighted stems for the relevance comparison.
import type { InterviewQuestion } from "../../interview-question.ts";
import { analyzeAnswer, countsAsEvidence, tokenize } from "./analyze-text.ts";
import { type CompiledPhrasing, compilePhrasing, statesPhrasing } from "./phrasing.ts";

export interface CompiledPoint {
  label: string;
  phrasings: readonly CompiledPhrasing[];
  /**
   * Stems of the point's label, phrasings and the model-answer sentences that state it: what an
   * answer saying the point in other words still shares with it (see grade-answer's partial credit).
   */
  vocabulary: ReadonlySet<string>;
}

export interface CompiledWrongClaim {
  claim: string;
  correction: string;
  phrasings: readonly CompiledPhrasing[];
}

export interface CompiledRubric {
  questionId: string;
  points: readonly CompiledPoint[];
  wrongClaims: readonly CompiledWrongClaim[];
  /** Stem → count over the question's text, rubric and model answer. */
  vocabulary: ReadonlyMap<string, number>;
}

export type RubricSource = Pick<
  InterviewQuestion,
  "id" | "text" | "keyPoints" | "wrongClaims" | "modelAnswer" | "modelAnswerOutline"
>;

function compileAll(phrasings: readonly string[], options: { sameClause?: boolean } = {}): CompiledPhrasing[] {
  return phrasings.flatMap((phrasing) => compilePhrasing(phrasing, options) ?? []);
}

/** Content stems of a text with their counts. */
export function stemCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(text)) {
    if (token.filler || token.word.length < 2) continue;
    counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
  }
  return counts;
}

export function compileRubric(question: RubricSource): CompiledRubric {
  const vocabularyText = [
    question.text,
    question.modelAnswer ?? "",
    ...question.modelAnswerOutline,
    ...question.keyPoints.flatMap((point) => [point.label, ...point.evidence]),
  ].join("\n");
  const modelFragments = question.modelAnswer ? analyzeAnswer(question.modelAnswer).filter(countsAsEvidence) : [];
  return {
    questionId: question.id,
    points: question.keyPoints.map((point) => {
      const phrasings = compileAll(point.evidence);
      const stating = modelFragments.filter((piece) => phrasings.some((phrasing) => statesPhrasing(piece, phrasing)));
      const vocabulary = new Set([
        ...stemCounts([point.label, ...point.evidence].join("\n")).keys(),
        ...stating.flatMap((piece) => piece.tokens.filter((token) => !token.filler).map((token) => token.stem)),
      ]);
      return { label: point.label, phrasings, vocabulary };
    }),
    wrongClaims: question.wrongClaims.map((claim) => ({
      claim: claim.claim,
      correction: claim.correction,
      phrasings: compileAll(claim.evidence, { sameClause: true }),
    })),
    vocabulary: stemCounts(vocabularyText),
  };
}
