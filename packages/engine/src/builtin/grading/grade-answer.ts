// The built-in grader: judges what an answer claims, not which words it uses.
//
//   1. The answer is read into fragments (analyze-text.ts): sentences, list items, code blocks.
//      Sentences addressed to the grader are flagged and not graded; lists of bare terms earn nothing.
//   2. Each key point is covered when a real sentence (or code) states one of its phrasings, un-negated
//      (phrasing.ts). Each wrong claim is stated when a sentence matches one of its phrasings.
//   3. The score combines the points stated, coverage against what the difficulty expects, elaboration
//      (statements, reasons, specifics) and relevance to the question's own vocabulary (see WEIGHTS).
//   4. Caps, strictest last: a stated wrong claim costs more than a missing point and keeps the answer
//      below the passing bar; an answer that covers no point is generic (≤ 3), or off-topic (≤ 2) when it
//      is also far from the question or answers another bank question better; "I don't know" in any
//      phrasing, or nothing at all, scores 1.

import { looksLikeInstructionToModel } from "../../prompt-injection.ts";
import type { QuestionDifficulty, TopicId } from "../../topics.ts";
import { analyzeAnswer, countsAsEvidence, type Fragment, normalize } from "./analyze-text.ts";
import { type BankVocabulary, bankVocabulary, isDistinctive, onTopicShare, relevance } from "./bank-vocabulary.ts";
import { NON_ANSWER_MAX_CONTENT_WORDS, saysItDoesNotKnow } from "./non-answer.ts";
import { statesPhrasing } from "./phrasing.ts";
import { type CompiledPoint, type CompiledRubric, type CompiledWrongClaim, stemCounts } from "./rubric.ts";

// How the parts weigh, fitted on the labelled set in bench/src/scoring (numbers in bench/README.md):
// points stated in so many words count most; points said only in other words count a little (the
// vocabulary is there, but so it is in a confidently wrong answer); then depth and relevance. The curve
// spreads the middle of the scale, where shallow and good answers must come apart.
const WEIGHTS = { stated: 0.9, coverage: 0.2, elaboration: 0.2, relevance: 0.2 } as const;
const WEIGHT_TOTAL = WEIGHTS.stated + WEIGHTS.coverage + WEIGHTS.elaboration + WEIGHTS.relevance;
const SCORE_CURVE = 1.3;
/** Credit for a point said only in other words, against 1 for a point stated. */
const PARTLY_COVERED_CREDIT = 0.15;

/**
 * Below this share of on-topic vocabulary, an answer that touches no point is off-topic. Stories
 * (behavioral, introduction) are told in the candidate's own words, so they need less of the question's.
 */
const OFF_TOPIC_SHARE: Record<TopicId, number> = {
  introduction: 0.15,
  behavioral: 0.15,
  coding: 0.3,
  "system-design": 0.3,
  databases: 0.3,
  "backend-knowledge": 0.3,
};

/** Share of key points an answer must cover for full coverage credit at each difficulty. */
const EXPECTED_COVERAGE: Record<QuestionDifficulty, number> = { junior: 0.7, mid: 0.8, senior: 0.9 };
/** Statements (sentences of six words or more; code counts as three) a full answer makes. */
const EXPECTED_STATEMENTS: Record<QuestionDifficulty, number> = { junior: 3, mid: 4, senior: 6 };
/** Reasons and trade-offs ("because", "the downside", "unless") a full answer gives. */
const EXPECTED_REASONS: Record<QuestionDifficulty, number> = { junior: 1, mid: 2, senior: 3 };

const REASON_MARKERS = [
  "because",
  "so that",
  "which means",
  "that means",
  "trade off",
  "trade-off",
  "tradeoff",
  "however",
  "otherwise",
  "instead",
  "depends",
  "for example",
  "for instance",
  "e.g.",
  "unless",
  "whereas",
  "downside",
  "the cost",
  "at the cost",
  "the risk",
  "the catch",
  "in exchange",
  "on the other hand",
  "the reason",
  "since ",
  "so we",
  "so i",
  "which is why",
  "that's why",
];

export interface GradingInput {
  topic: TopicId;
  difficulty: QuestionDifficulty;
  answer: string;
  rubric: CompiledRubric;
  /** Sentences of the model answer per point, for showing how a strong answer states a missed point. */
  modelAnswer: string | null;
}

export interface CoveredPoint {
  point: string;
  quote: string;
}

export interface StatedWrongClaim {
  claim: string;
  quote: string;
  correction: string;
}

export type AnswerClass = "empty" | "non-answer" | "term-list" | "off-topic" | "generic" | "answer";

export interface Grade {
  score: number;
  answerClass: AnswerClass;
  covered: CoveredPoint[];
  missed: { point: string; hint: string | null }[];
  wrongClaims: StatedWrongClaim[];
  flagged: string[];
  /** Another bank question this answer fits better, when that made it off-topic. */
  answersOtherQuestion: string | null;
  coverage: number;
  /** Points said only in other words (half credit each). */
  partlyCovered: number;
  elaboration: number;
  relevance: number;
  contentWords: number;
}

function firstStating(fragments: readonly Fragment[], point: CompiledPoint | CompiledWrongClaim): Fragment | null {
  for (const piece of fragments) {
    if (point.phrasings.some((phrasing) => statesPhrasing(piece, phrasing))) return piece;
  }
  return null;
}

// A sentence that names a mistake in order to warn against it ("the worst failure is when business
// logic creeps into the gateway", "dual writes will eventually lose events") discusses the wrong claim;
// it does not make it. Judgement words like these mark such a sentence.
const WARNING_WORDS: ReadonlySet<string> = new Set([
  "worst",
  "mistake",
  "mistakes",
  "pitfall",
  "pitfalls",
  "antipattern",
  "anti",
  "trap",
  "naive",
  "naively",
  "myth",
  "misconception",
  "wrong",
  "bad",
  "dangerous",
  "risky",
  "lose",
  "loses",
  "lost",
  "breaks",
  "fails",
  "fail",
  "problem",
  "bug",
  "equivalent",
  "tempting",
  "avoid",
  "beware",
  "careful",
]);

function discussesAsWrong(piece: Fragment): boolean {
  return piece.tokens.some((token) => WARNING_WORDS.has(token.word));
}

function countReasons(lowerText: string): number {
  return REASON_MARKERS.filter((marker) => lowerText.includes(marker)).length;
}

const NUMBER = /\d/;

function elaborationOf(fragments: readonly Fragment[], lowerText: string, difficulty: QuestionDifficulty): number {
  const statements = fragments.reduce(
    (count, piece) =>
      count + (piece.kind === "code" ? 3 : piece.kind === "statement" && piece.tokens.length >= 6 ? 1 : 0),
    0,
  );
  const specifics = fragments.filter((piece) => countsAsEvidence(piece) && NUMBER.test(piece.text)).length;
  return (
    0.45 * Math.min(1, statements / EXPECTED_STATEMENTS[difficulty]) +
    0.4 * Math.min(1, countReasons(lowerText) / EXPECTED_REASONS[difficulty]) +
    0.15 * Math.min(1, specifics / 2)
  );
}

/**
 * Partial credit: a statement that says the point in words the rubric did not foresee still shares its
 * vocabulary (label, phrasings, the model answer's sentence): three of its stems, or two when one of
 * them is distinctive, said un-negated in one statement.
 */
function touches(piece: Fragment, point: CompiledPoint, bank: BankVocabulary): boolean {
  const shared = new Set<string>();
  let distinctive = 0;
  for (const token of piece.tokens) {
    if (token.filler || token.negated || shared.has(token.stem) || !point.vocabulary.has(token.stem)) continue;
    shared.add(token.stem);
    if (isDistinctive(token.stem, bank)) distinctive += 1;
  }
  return distinctive >= 2 || (distinctive >= 1 && shared.size >= 2) || shared.size >= 3;
}

/** Coverage of another question's rubric by the same fragments, for the pasted-answer check. */
function coverageOf(rubric: CompiledRubric, fragments: readonly Fragment[]): number {
  if (rubric.points.length === 0) return 0;
  const covered = rubric.points.filter((point) => firstStating(fragments, point) !== null).length;
  return covered / rubric.points.length;
}

/** The bank question this answer fits clearly better than its own, if any. */
function betterFittingQuestion(
  rubric: CompiledRubric,
  answerStems: ReadonlyMap<string, number>,
  evidence: readonly Fragment[],
  ownRelevance: number,
  ownCoverage: number,
): string | null {
  const bank = bankVocabulary();
  const ranked = [...bank.rubrics.values()]
    .filter((other) => other.questionId !== rubric.questionId)
    .map((other) => ({ other, fit: relevance(answerStems, other.vocabulary, bank.idf) }))
    .sort((a, b) => b.fit - a.fit)
    .slice(0, 3);
  for (const { other, fit } of ranked) {
    if (fit <= ownRelevance * 1.25) continue;
    const otherCoverage = coverageOf(other, evidence);
    if (otherCoverage >= 0.5 && otherCoverage >= ownCoverage + 0.3) return other.questionId;
  }
  return null;
}

function hintFor(point: CompiledPoint, modelFragments: readonly Fragment[]): string | null {
  return firstStating(modelFragments, point)?.text ?? null;
}

export function gradeAnswer(input: GradingInput): Grade {
  const { rubric, difficulty } = input;
  const fragments = analyzeAnswer(input.answer);
  const flagged = fragments.filter((piece) => looksLikeInstructionToModel(piece.text));
  const graded = fragments.filter((piece) => !flagged.includes(piece));
  const evidence = graded.filter(countsAsEvidence);
  const lowerText = normalize(graded.map((piece) => piece.text).join("\n"));
  const contentWords = graded.reduce((count, piece) => count + piece.tokens.filter((token) => !token.filler).length, 0);
  const modelFragments = input.modelAnswer ? analyzeAnswer(input.modelAnswer).filter(countsAsEvidence) : [];

  const coveredPairs = rubric.points.map((point) => ({ point, where: firstStating(evidence, point) }));
  const covered = coveredPairs.flatMap(({ point, where }) =>
    where ? [{ point: point.label, quote: where.text }] : [],
  );
  const missed = coveredPairs.flatMap(({ point, where }) =>
    where ? [] : [{ point: point.label, hint: hintFor(point, modelFragments) }],
  );
  // In a story, "QA should have caught the bug" is the red flag itself, not a warning about it.
  const isStory = input.topic === "behavioral" || input.topic === "introduction";
  const claimable = isStory ? graded : graded.filter((piece) => !discussesAsWrong(piece));
  const wrongClaims = rubric.wrongClaims.flatMap((claim) => {
    const where = firstStating(claimable, claim);
    return where ? [{ claim: claim.claim, quote: where.text, correction: claim.correction }] : [];
  });
  const bank = bankVocabulary();
  const partly = coveredPairs.filter(
    ({ point, where }) => !where && evidence.some((piece) => touches(piece, point, bank)),
  ).length;
  const points = Math.max(1, rubric.points.length);
  const coverage = (covered.length + PARTLY_COVERED_CREDIT * partly) / points;
  const statedShare = covered.length / points;

  const base = {
    covered,
    missed,
    wrongClaims,
    flagged: flagged.map((piece) => piece.text),
    answersOtherQuestion: null,
    coverage,
    contentWords,
  };

  if (contentWords < 3) {
    return { ...base, score: 1, answerClass: "empty", elaboration: 0, relevance: 0, partlyCovered: 0 };
  }
  if (covered.length === 0 && contentWords <= NON_ANSWER_MAX_CONTENT_WORDS && saysItDoesNotKnow(lowerText)) {
    return { ...base, score: 1, answerClass: "non-answer", elaboration: 0, relevance: 0, partlyCovered: 0 };
  }

  const answerStems = stemCounts(graded.map((piece) => piece.text).join("\n"));
  const ownRelevance = relevance(answerStems, rubric.vocabulary, bank.idf);
  const onTopic = onTopicShare(answerStems, rubric.vocabulary, bank.idf);
  const relevanceShare = Math.min(1, onTopic / 0.55);
  const elaboration = elaborationOf(graded, lowerText, difficulty);
  const coverageShare = Math.min(1, coverage / EXPECTED_COVERAGE[difficulty]);

  const raw =
    (WEIGHTS.stated * statedShare +
      WEIGHTS.coverage * coverageShare +
      WEIGHTS.elaboration * elaboration +
      WEIGHTS.relevance * relevanceShare) /
    WEIGHT_TOTAL;
  let score = Math.round(1 + 9 * raw ** SCORE_CURVE);
  // The top of the scale needs the whole answer: coverage the level expects and reasons given.
  if (coverageShare < 0.75 || elaboration < 0.45) score = Math.min(score, 7);
  if (coverage < 1 || elaboration < 0.85) score = Math.min(score, 9);
  // Less than half of what the question is about: a partial answer whatever else it does well.
  if (coverage < 0.5) score = Math.min(score, 4);

  const answersOtherQuestion = betterFittingQuestion(rubric, answerStems, evidence, ownRelevance, coverage);
  let answerClass: AnswerClass = "answer";
  const touchedNothing = covered.length === 0 && partly === 0;
  if (answersOtherQuestion || (touchedNothing && onTopic < OFF_TOPIC_SHARE[input.topic])) answerClass = "off-topic";
  else if (touchedNothing) {
    const listedTerms = graded.some(
      (piece) => !countsAsEvidence(piece) && rubric.points.some((point) => firstStating([piece], point)),
    );
    answerClass = listedTerms ? "term-list" : "generic";
  }

  // Only partly said, never stated: a thin answer at best.
  if (covered.length === 0) score = Math.min(score, 5);
  // A wrong claim ranks an answer below any correct one, however thin, and costs more the more there are.
  if (wrongClaims.length > 0) score = Math.max(2, Math.min(score - 2 - (wrongClaims.length - 1), 3));
  if (answerClass === "generic") score = Math.min(score, 3);
  if (answerClass === "term-list" || answerClass === "off-topic") score = Math.min(score, 2);
  score = Math.max(1, Math.min(10, score));

  return {
    ...base,
    score,
    answerClass,
    answersOtherQuestion,
    elaboration,
    relevance: relevanceShare,
    partlyCovered: partly,
  };
}
