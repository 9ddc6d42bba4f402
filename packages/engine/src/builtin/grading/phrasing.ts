// A rubric phrasing compiled once, and the test of whether a fragment states it (see
// question-bank/bank-question.ts for the rules as rubric authors read them).
import { type Fragment, tokenize } from "./analyze-text.ts";

/** Content words of a match must sit within this many tokens, or 4 per word for longer phrasings. */
const MIN_WINDOW = 12;
/** Code states a point across lines (a map declared, then read in a loop), so its window is wider. */
const CODE_WINDOW = 80;

export interface CompiledPhrasing {
  /** Distinct stems, rarest-looking (longest) first so the first lookup usually fails fast. */
  stems: readonly string[];
  /** True for a "not …" phrasing: the fragment must say it negated. */
  negative: boolean;
  window: number;
  /**
   * The words must sit in one clause. Wrong claims are matched this way: "replicas make reads faster,
   * but every write still goes to the primary" does not claim that replicas make writes faster.
   */
  sameClause: boolean;
}

export function compilePhrasing(phrasing: string, options: { sameClause?: boolean } = {}): CompiledPhrasing | null {
  const trimmed = phrasing.trim().toLowerCase();
  const prefixed = trimmed.startsWith("not ");
  const tokens = tokenize(prefixed ? trimmed.slice(4) : trimmed);
  const content = tokens.filter((token) => !token.filler);
  // A phrasing that carries its own negation ("never disagreed", "no downside") is a negative one too,
  // as its author meant: it matches "I have never disagreed", not "whenever we disagree".
  const negative = prefixed || content.some((token) => token.negated);
  // A phrasing of filler words only ("all of it") is compared on those words.
  const chosen = content.length > 0 ? content : tokens;
  const stems = [...new Set(chosen.map((token) => token.stem))].sort((a, b) => b.length - a.length);
  if (stems.length === 0) return null;
  return { stems, negative, window: Math.max(MIN_WINDOW, 4 * stems.length), sameClause: options.sameClause ?? false };
}

/**
 * The fragment states the phrasing when every stem occurs within one window and the negation of the
 * occurrences matches the phrasing's polarity (any negated word makes the statement negated).
 * Tries each occurrence of the first stem as an anchor, nearest occurrence of every other stem.
 */
export function statesPhrasing(piece: Fragment, phrasing: CompiledPhrasing): boolean {
  const [first, ...rest] = phrasing.stems;
  if (first === undefined) return false;
  const anchors = positionsOf(piece, first);
  if (!anchors) return false;
  const others: (readonly number[])[] = [];
  for (const stem of rest) {
    const positions = positionsOf(piece, stem);
    if (!positions) return false;
    others.push(positions);
  }
  const window = piece.kind === "code" ? Math.max(CODE_WINDOW, phrasing.window) : phrasing.window;
  for (const anchor of anchors) {
    let low = anchor;
    let high = anchor;
    let negated = piece.tokens[anchor]?.negated ?? false;
    let fits = true;
    const clause = piece.tokens[anchor]?.clause;
    for (const all of others) {
      const positions = phrasing.sameClause ? all.filter((position) => piece.tokens[position]?.clause === clause) : all;
      if (positions.length === 0) {
        fits = false;
        break;
      }
      const nearest = nearestTo(positions, anchor);
      low = Math.min(low, nearest);
      high = Math.max(high, nearest);
      negated ||= piece.tokens[nearest]?.negated ?? false;
      if (high - low > window) {
        fits = false;
        break;
      }
    }
    if (fits && negated === phrasing.negative) return true;
  }
  return false;
}

/** Below this length a one-letter difference is another word ("cash"/"cache" are not typos of each other). */
const MIN_TYPO_STEM = 6;

/**
 * Where a stem occurs in the fragment: exactly, or else as a word one edit away ("idempotnet",
 * "seperate"), so a candidate typing fast is not graded as if the point were missing.
 */
function positionsOf(piece: Fragment, stem: string): readonly number[] | undefined {
  const exact = piece.stems.get(stem);
  if (exact || stem.length < MIN_TYPO_STEM) return exact;
  const near: number[] = [];
  for (const [candidate, positions] of piece.stems) {
    // Typos keep the first letter; without that, "vindicated" would be a typo of "indices".
    if (candidate[0] === stem[0] && candidate.length >= MIN_TYPO_STEM - 1 && withinOneEdit(candidate, stem)) {
      near.push(...positions);
    }
  }
  return near.length > 0 ? near.sort((a, b) => a - b) : undefined;
}

/** True when one insertion, deletion, substitution or swap of neighbours turns `a` into `b`. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA <= 1 && restB <= 1) return true;
  // Two neighbouring letters swapped ("seperate" has none, "recieve" has one).
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}

/** The position in `sorted` nearest to `target`, by binary search (anchors can number thousands). */
function nearestTo(sorted: readonly number[], target: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  const after = sorted[low] ?? target;
  const before = sorted[low - 1];
  return before !== undefined && target - before < after - target ? before : after;
}
