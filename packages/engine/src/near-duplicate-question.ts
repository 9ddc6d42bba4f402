// Tells whether a newly written question asks again what an earlier one asked, in other words. A model
// told to avoid a list of questions can still paraphrase one of them, so its output is checked here
// before anyone sees it (packages/api/src/interview/ask-checked-question.ts).
//
// Questions are compared by their content words: lower-cased, stemmed like the grader stems answers
// (same stemmer, same synonym folding), with function words and the framing every question shares
// ("design", "explain", "how would you") dropped. Two questions are near-duplicates when
//   - their content-word sets overlap by Jaccard index ≥ NEAR_DUPLICATE_JACCARD (0.5): most of what
//     either asks about, both ask about ("design a rate limiter for a public API" and "how would you
//     build a rate limiter for a public-facing API?"); or
//   - the smaller set has at least CONTAINMENT_MIN_WORDS (4) content words and ≥ NEAR_DUPLICATE_CONTAINMENT
//     (0.8) of them are in the other: the same question asked again with more context around it.
// Questions on one topic share words ("scale", "requests", "per day"), which is why neither bar is low:
// "design a rate limiter" and "design a URL shortener" share no content word at all.
//
// Bounded work on text a model wrote: each text is read up to MAX_QUESTION_CHARS with one linear
// pattern, words longer than the grader's cap are not stemmed, and at most MAX_COMPARED_QUESTIONS
// earlier questions are compared (callers pass the newest first).
import { FUNCTION_WORDS, stemWord } from "./builtin/grading/analyze-text.ts";

export const MAX_QUESTION_CHARS = 4000;
export const MAX_COMPARED_QUESTIONS = 100;
export const NEAR_DUPLICATE_JACCARD = 0.5;
export const NEAR_DUPLICATE_CONTAINMENT = 0.8;
export const CONTAINMENT_MIN_WORDS = 4;

/** One run of letters or digits: a single character class, so it cannot backtrack. */
export const QUESTION_WORD = /[a-z0-9]+/g;

/** How questions are framed rather than what they ask about (compared as stems, like the text). */
const FRAMING_WORDS: ReadonlySet<string> = new Set(
  (
    "design designing build building implement implementing write writing explain describe discuss walk tell " +
    "give example examples approach approaches would could question questions answer candidate imagine suppose " +
    "consider please like need needs use used using think talk key main best way ways something someone " +
    "asked ask choose pick handle handles handling"
  )
    .split(" ")
    .map(stemWord),
);

/** The content stems of a question: what the comparison reads. */
export function questionContentStems(text: string): ReadonlySet<string> {
  const stems = new Set<string>();
  for (const match of text.slice(0, MAX_QUESTION_CHARS).toLowerCase().matchAll(QUESTION_WORD)) {
    const word = match[0];
    if (FUNCTION_WORDS.has(word)) continue;
    const stem = stemWord(word);
    if (!FRAMING_WORDS.has(stem)) stems.add(stem);
  }
  return stems;
}

/** Whether two questions' content stems say they ask the same thing (see the thresholds above). */
export function areNearDuplicateStems(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [smaller, larger] = a.size <= b.size ? [a, b] : [b, a];
  if (smaller.size === 0) return false;
  let shared = 0;
  for (const stem of smaller) if (larger.has(stem)) shared += 1;
  const jaccard = shared / (a.size + b.size - shared);
  if (jaccard >= NEAR_DUPLICATE_JACCARD) return true;
  return smaller.size >= CONTAINMENT_MIN_WORDS && shared / smaller.size >= NEAR_DUPLICATE_CONTAINMENT;
}

/**
 * The first of `earlier` (newest first; only the first MAX_COMPARED_QUESTIONS are read) that `question`
 * repeats in other words, or undefined when it asks something new.
 */
export function findNearDuplicateQuestion(question: string, earlier: readonly string[]): string | undefined {
  const stems = questionContentStems(question);
  if (stems.size === 0) return undefined;
  return earlier
    .slice(0, MAX_COMPARED_QUESTIONS)
    .find((text) => areNearDuplicateStems(stems, questionContentStems(text)));
}
