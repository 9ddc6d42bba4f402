// "I don't know", in any of the ways candidates say it. A non-answer scores 1 whatever else it says,
// as long as it says nothing that earns a point and is short: "I'm not sure, but I think the index is a
// B-tree because…" is an answer and is graded as one.
const NON_ANSWER_PATTERNS: readonly RegExp[] = [
  /\b(?:do not|don't|dont) (?:really )?know\b/,
  // "I don't think I know that well enough", "I'm not really sure I remember".
  /\bnot (?:\w+ ){0,3}(?:know|remember|recall)\b/,
  /\b(?:no|not a) (?:idea|clue)\b/,
  /\bnot (?:\w+ )?sure\b/,
  /\bunsure\b/,
  /\b(?:never|not) (?:\w+ )?(?:heard|used|worked|done|seen|touched|dealt)\b/,
  /\bnot (?:\w+ )?familiar\b/,
  /\b(?:can not|cannot|can't|could not|couldn't) (?:\w+ )?(?:remember|recall|answer|think|say)\b/,
  /\b(?:skip|pass|next question|move on|give up)\b/,
  /\bforg[eo]t\b/,
  /\bno (?:experience|background|knowledge)\b/,
  /\b(?:dunno|idk|no comment|nothing to add)\b/,
  /\bhave not (?:\w+ )?(?:had|got)\b/,
  /\b(?:do not|does not) have (?:an? |any )?(?:answer|example|story|experience)\b/,
  /\bnothing (?:comes|springs) to mind\b/,
];

/** Every pattern run on answer text, for the linear-time test. */
export const NON_ANSWER_TEXT_PATTERNS = NON_ANSWER_PATTERNS;

/** Content words at or under which an answer that says it doesn't know is only that. */
export const NON_ANSWER_MAX_CONTENT_WORDS = 25;

/** `text` is the answer with contractions expanded and lower-cased (analyze-text's normalisation). */
export function saysItDoesNotKnow(lowerText: string): boolean {
  return NON_ANSWER_PATTERNS.some((pattern) => pattern.test(lowerText));
}

/**
 * A skipped question ("Skip / I don't know") is stored as the answer "": the API refuses an empty
 * answer otherwise, so an empty answer is a skip. Its feedback says so and shows what a strong answer
 * covers, instead of grading an empty text.
 */
export function isSkippedAnswer(answer: string): boolean {
  return answer.trim().length === 0;
}

/** The feedback summary of a skipped question: no reproach, just what a strong answer would cover. */
export function skippedSummary(pointsToCover: readonly string[]): string {
  const covers = pointsToCover.length > 0 ? ` A strong answer covers: ${pointsToCover.slice(0, 5).join("; ")}.` : "";
  return `You skipped this question, so it scores 1/10.${covers} The model answer shows one way to put it.`;
}

/** What to do next time after a skip: reason from the first point a strong answer makes. */
export function skippedImprovement(firstPoint: string | undefined): string {
  return firstPoint
    ? `Next time, say what you do know and reason from there; a good place to start here: ${firstPoint}.`
    : "Next time, say what you do know and reason from there: partial answers earn points.";
}
