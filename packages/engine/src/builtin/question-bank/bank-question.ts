// The shape of a curated question in the built-in bank, and small builders that keep the bank files
// readable as data.
//
// How the grader reads the rubric (builtin/grading/):
// - A key point lists *phrasings*: a few words a correct statement of the point contains. An answer
//   sentence evidences the point when every word of one phrasing appears in that sentence, close
//   together, in any order. Words are compared whole and stemmed ("indexes", "indexing" → "index";
//   "go" never matches "good"), common filler words are ignored, "trade-off" equals "trade off", and
//   a few spellings are folded together (db/database, k8s/kubernetes: see grading/synonyms.ts).
// - Words said negated ("not", "no", "never", "n't", "without", "instead of", "rather than") do not
//   evidence a positive phrasing. A phrasing written "not …" is the opposite: it matches only when the
//   sentence says it negated ("not tcp preserve boundaries" matches "TCP does not preserve message
//   boundaries").
// - A wrong claim is what candidates commonly assert and is false; its phrasings match the false
//   statement (and not the correct one). Stating it costs more than missing a point and caps the score
//   below the passing bar; the feedback quotes the candidate's sentence and gives the correction.
// - Only real sentences count: a bare list of terms ("b-tree, scans, writes") earns nothing.
// - A wrong claim's words must sit in one clause ("replicas speed up reads, but writes still go to the
//   primary" claims nothing about writes), and in technical topics a sentence that warns ("the worst
//   mistake is…", "dual writes lose events") discusses a wrong claim rather than making it.
// Traps rubric authors found: filler words are ignored, so "same order" is just "order" and "all or
// nothing" can never match ("nothing" negates); "not only"/"not just" are not negations; a line dense
// with code punctuation is read as code, where camelCase splits ("minHeap" → "min heap") and a wider
// window applies; in prose a camelCase name also reads as its parts ("AtomicInteger" matches
// "atomic integer"); a word one edit from a phrasing's (6+ letters, same first letter) is a typo of it.
import type { KeyPoint, WrongClaim } from "../../interview-question.ts";
import type { QuestionDifficulty, TopicId } from "../../topics.ts";

export interface BankQuestion {
  /** Stable id: the router stores it to avoid asking a candidate the same question twice. */
  id: string;
  /** Ids this question had before it was renamed, so stored interviews still find it. */
  formerIds: string[];
  topic: TopicId;
  difficulty: QuestionDifficulty;
  /** May contain "{language}", replaced by the plan's programming language when asked. */
  text: string;
  /** Technology dictionary ids this question is about; empty for stack-neutral questions. */
  techTags: string[];
  keyPoints: KeyPoint[];
  wrongClaims: WrongClaim[];
  /** A full answer as a strong candidate would give it; shown after evaluation and graded ≥ 8. */
  modelAnswer: string;
  modelAnswerOutline: string[];
}

export interface BankQuestionEntry {
  id: string;
  formerIds?: string[];
  difficulty: QuestionDifficulty;
  text: string;
  tags?: string[];
  keyPoints: KeyPoint[];
  wrong: WrongClaim[];
  modelAnswer: string;
  outline: string[];
}

/** A key point: a label a candidate understands, then the phrasings that evidence it. */
export function point(label: string, ...evidence: string[]): KeyPoint {
  return { label, evidence };
}

/** A common wrong claim: as a candidate states it, the one-sentence correction, then its phrasings. */
export function wrong(claim: string, correction: string, ...evidence: string[]): WrongClaim {
  return { claim, correction, evidence };
}

export function questionsFor(topic: TopicId, entries: BankQuestionEntry[]): BankQuestion[] {
  return entries.map((entry) => ({
    id: entry.id,
    formerIds: entry.formerIds ?? [],
    topic,
    difficulty: entry.difficulty,
    text: entry.text,
    techTags: entry.tags ?? [],
    keyPoints: entry.keyPoints,
    wrongClaims: entry.wrong,
    modelAnswer: entry.modelAnswer,
    modelAnswerOutline: entry.outline,
  }));
}
