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
