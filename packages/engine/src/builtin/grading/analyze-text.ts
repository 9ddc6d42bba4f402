// Reads an answer into what the grader compares: fragments (sentences, list items, code blocks), each
// with its words stemmed, marked negated or not, and marked as a real statement or not.
//
// Everything here is a single left-to-right pass over bounded input: no pattern backtracks (the
// patterns are listed in TEXT_PATTERNS for the linear-time test), and a word longer than
// MAX_WORD_CHARS is kept unstemmed so the stemmer never sees hostile input.
import { stemmer } from "stemmer";
import { COMPOUND_WORDS, STEM_SYNONYMS } from "./synonyms.ts";

const MAX_WORD_CHARS = 40;

/** Function words: ignored when comparing, but their presence is what makes a sentence a sentence. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the is are was were be been being am of to in on at by for with from as and or it its this that these " +
    "those i we you they he she me us our my your their them there here so do does did done have has had will would " +
    "can could should may might must shall just also very really then than which who whom whose what when where why " +
    "how if into about some any each all both such because while whereas although though since until unless but " +
    "once only even still yet already let lets i'm we'd i'd i'll we'll it's that's there's more most less much many " +
    "other another own same over under again further off out up down s t d ll ve re m"
  ).split(" "),
);

/** Words that, beyond filler, show a fragment is a statement and not a list of terms. */
// Particles ("look up", "scale out", "trade off") are parts of terms, so they don't make a statement.
const PARTICLES: ReadonlySet<string> = new Set(["up", "down", "out", "off", "over", "under", "again", "further"]);
const STATEMENT_WORDS: ReadonlySet<string> = new Set([
  ...[...FUNCTION_WORDS].filter((word) => !PARTICLES.has(word)),
  ..."use uses used using make makes made keep keeps kept need needs needed get gets put puts means mean go goes went give gives gave take takes took store stores stored run runs ran send sends sent read reads write writes wrote avoid avoids return returns check checks add adds added not no never before after between through against during without within across help helps catch catches allow allows prevent prevents handle handles cause causes reduce reduces mean lets".split(
    " ",
  ),
]);

// Scopes of negation, in tokens. "not"/"no"/"never" reach to the end of the clause (at most
// CLAUSE_NEGATION_REACH words); "without" covers the noun phrase after it; "instead of"/"rather than"
// negate what follows them ("X instead of Y": Y is negated, X is not).
const CLAUSE_NEGATION_REACH = 7;
const WITHOUT_REACH = 3;
const CLAUSE_NEGATORS: ReadonlySet<string> = new Set([
  "not",
  "no",
  "never",
  "neither",
  "nor",
  "none",
  "nothing",
  "nobody",
]);
const CLAUSE_BREAK_WORDS: ReadonlySet<string> = new Set([
  "but",
  "because",
  "so",
  "which",
  "while",
  "whereas",
  "although",
  "though",
  "however",
  "instead",
  "then",
  "otherwise",
]);
/** "not only X", "not just X", "no matter", "no doubt": not negations of what follows ("never just" is). */
const NOT_NEGATING_PAIRS: ReadonlySet<string> = new Set(["not only", "not just", "no matter", "no doubt"]);

export interface Token {
  /** The word as written, lower-case. */
  word: string;
  /** Stem after synonym folding; what phrasings are compared with. */
  stem: string;
  negated: boolean;
  /** Which clause of the fragment the word is in: commas, semicolons and "but"/"while"/… start a new one. */
  clause: number;
  /** A filler word: skipped when phrasings are compared. */
  filler: boolean;
}

export type FragmentKind = "statement" | "code" | "term-list" | "too-short";

export interface Fragment {
  /** The original text, trimmed, for quoting back to the candidate. */
  text: string;
  kind: FragmentKind;
  tokens: Token[];
  /** Content tokens only (no filler), with their index in `tokens` kept for windows. */
  stems: ReadonlyMap<string, readonly number[]>;
}

/** Porter stem with the few exceptions a rubric needs ("going" is not the language Go). */
export function stemWord(word: string): string {
  if (word.length > MAX_WORD_CHARS || /^[0-9]/.test(word)) return word;
  if (word === "going") return word;
  const stem = stemmer(word);
  return STEM_SYNONYMS.get(stem) ?? STEM_SYNONYMS.get(word) ?? stem;
}

// One token at a time: a word (letters/digits, with an inner apostrophe) or a clause-breaking mark.
const TOKEN = /[a-zA-Z0-9]+(?:'[a-zA-Z]+)?|[,;:()]/g;
// camelCase and PascalCase boundaries inside identifiers, split before lower-casing.
const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g;
const CONTRACTED_CAN_WILL = /\b(ca|wo)n't\b/gi;
const CONTRACTED_NOT = /n't\b/gi;
const CANNOT = /\bcannot\b/gi;
const CURLY_APOSTROPHE = /’/g;

/** Curly quotes straightened and contractions of "not" expanded; case is kept for identifiers. */
export function expandContractions(text: string): string {
  return text
    .replace(CURLY_APOSTROPHE, "'")
    .replace(CONTRACTED_CAN_WILL, (_, verb: string) => (verb.toLowerCase() === "ca" ? "can not" : "will not"))
    .replace(CONTRACTED_NOT, " not")
    .replace(CANNOT, "can not");
}

/** Lower-cased, with contractions of "not" expanded: what the non-answer patterns read. */
export function normalize(text: string): string {
  return expandContractions(text).toLowerCase();
}

/** `minHeap` → ["min", "heap"]; a word without inner capitals → [] */
function camelParts(word: string): string[] {
  const split = word.replace(CAMEL_BOUNDARY, "$1 $2");
  return split === word ? [] : split.toLowerCase().split(" ");
}

/**
 * Words of a text with negation marked, in order. Punctuation only ends negation scopes. An identifier
 * written in camelCase reads as its parts; in prose also as the whole word ("AtomicInteger" matches
 * both "atomicinteger" and "atomic integer"), in code as its parts only. Code has no negation: `!==`
 * and `assertNever` deny nothing a rubric asks about.
 */
export function tokenize(text: string, code = false): Token[] {
  const tokens: Token[] = [];
  let negationLeft = 0;
  let previous = "";
  let clause = 0;
  const push = (part: string, negated: boolean) =>
    tokens.push({
      word: part,
      stem: stemWord(part),
      negated,
      clause,
      filler: FUNCTION_WORDS.has(part) || CLAUSE_NEGATORS.has(part) || part === "without",
    });
  for (const match of expandContractions(text).matchAll(TOKEN)) {
    const raw = match[0];
    if (raw.length === 1 && ",;:()".includes(raw)) {
      negationLeft = 0;
      previous = "";
      clause += 1;
      continue;
    }
    const apostrophe = raw.indexOf("'");
    const cased = apostrophe > 0 ? raw.slice(0, apostrophe) : raw;
    const word = cased.toLowerCase();
    const identifierParts = camelParts(cased);
    if (code) {
      for (const part of identifierParts.length > 0 ? identifierParts : (COMPOUND_WORDS.get(word) ?? [word])) {
        push(part, false);
      }
      continue;
    }
    if (CLAUSE_BREAK_WORDS.has(word)) {
      negationLeft = 0;
      clause += 1;
    }
    const opensNegation =
      CLAUSE_NEGATORS.has(word) ||
      word === "without" ||
      (word === "of" && previous === "instead") ||
      (word === "than" && previous === "rather");
    const negated = negationLeft > 0;
    for (const part of [...(COMPOUND_WORDS.get(word) ?? [word]), ...identifierParts]) {
      // The parts of a name never open or close a negation: "NoSQL" is not "no SQL".
      push(part, negated);
    }
    if (negationLeft > 0) negationLeft -= 1;
    if (opensNegation) negationLeft = word === "without" ? WITHOUT_REACH : CLAUSE_NEGATION_REACH;
    // "not only X" reads as "also X", not as "X is false".
    if (NOT_NEGATING_PAIRS.has(`${previous} ${word}`)) negationLeft = 0;
    previous = word;
  }
  return tokens;
}

function stemIndex(tokens: readonly Token[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  tokens.forEach((token, position) => {
    if (token.filler) return;
    const positions = index.get(token.stem);
    if (positions) positions.push(position);
    else index.set(token.stem, [position]);
  });
  return index;
}

// A line reads as code when it has the punctuation of code: braces, semicolons at the end, an arrow,
// an assignment or comparison, a call, or a keyword that opens a block. Each check is a bounded scan.
const CODE_LINE_SIGNALS: readonly RegExp[] = [
  /[{};]\s*$/,
  /^\s*[}\])]/,
  /=>|==|!=|<=|>=|\+=|-=|:=|\+\+/,
  /^\s*(?:def|class|function|const|let|var|func|elif|import|public|private|static)\s+\w/,
  /^\s*(?:if|for|while|else|try|except|catch|switch|return)\b.{0,200}[:{]\s*$/,
  /^\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|FROM|WHERE|GROUP BY|ORDER BY|LEFT JOIN|INNER JOIN|JOIN|HAVING|LIMIT)\b/,
  /\b[a-zA-Z_]\w{0,40}\.\w{1,40}\(/,
  /^\s*[a-zA-Z_]\w{0,40}\s*=\s*\S/,
];
const FENCE = /^\s*```/;
const LINE_WORD = /[A-Za-z]+/g;
const LIST_MARKER = /^\s*(?:[-*•]|\d{1,3}[.)])\s+/;
// Sentence ends: ., ! or ? followed by whitespace (so "2.5" and "node.js" stay whole).
const SENTENCE_END = /(?<=[.!?])\s+/;

/** Every fixed pattern run on answer text, for the linear-time test. */
export const TEXT_PATTERNS: readonly RegExp[] = [
  TOKEN,
  CAMEL_BOUNDARY,
  CONTRACTED_CAN_WILL,
  CONTRACTED_NOT,
  CANNOT,
  ...CODE_LINE_SIGNALS,
  FENCE,
  LIST_MARKER,
  LINE_WORD,
  SENTENCE_END,
];

const CODE_SYMBOLS = new Set("(){}[];=<>!+*/&|");

/**
 * A line is code when it has the punctuation of code, densely: a sentence that mentions `count++` or
 * `ctx.Done()` once is still prose ("count++ is not atomic because it reads, adds and writes").
 */
function isCodeLine(line: string): boolean {
  if (!CODE_LINE_SIGNALS.some((signal) => signal.test(line))) return false;
  const words = line.match(LINE_WORD)?.length ?? 0;
  let symbols = 0;
  for (const character of line) if (CODE_SYMBOLS.has(character)) symbols += 1;
  return symbols >= Math.max(2, words / 4);
}

/** A statement needs enough words and at least one that isn't a term; a run of short comma items is a list. */
function classifyProse(text: string, tokens: readonly Token[]): FragmentKind {
  const words = tokens.length;
  const statementWords = tokens.filter((token) => STATEMENT_WORDS.has(token.word)).length;
  if (words < 4) return "too-short";
  // A short run of nouns with nothing that joins them ("B-tree sorted pointers lookups") is a list.
  if (statementWords === 0 && (words <= 6 || text.includes(","))) return "term-list";
  const items = text.split(",").length;
  if (items >= 3 && words / items <= 3.5 && statementWords / words < 0.3) return "term-list";
  return "statement";
}

function fragment(text: string, kind: "prose" | "code"): Fragment | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  const tokens = tokenize(trimmed, kind === "code");
  if (tokens.length === 0) return null;
  return {
    text: trimmed,
    kind: kind === "code" ? "code" : classifyProse(trimmed, tokens),
    tokens,
    stems: stemIndex(tokens),
  };
}

/**
 * Splits an answer into fragments: fenced blocks and runs of code-like lines become one code fragment
 * each (so a function is read as a whole); other lines split into sentences, list items apart.
 */
export function analyzeAnswer(answer: string): Fragment[] {
  const fragments: Fragment[] = [];
  let code: string[] = [];
  let inFence = false;
  const flushCode = () => {
    const block = fragment(code.join("\n"), "code");
    if (block) fragments.push(block);
    code = [];
  };
  for (const line of answer.split("\n")) {
    if (FENCE.test(line)) {
      if (inFence) flushCode();
      inFence = !inFence;
      continue;
    }
    if (inFence || isCodeLine(line)) {
      code.push(line);
      continue;
    }
    if (code.length > 0) flushCode();
    const prose = line.replace(LIST_MARKER, "");
    for (const sentence of prose.split(SENTENCE_END)) {
      const piece = fragment(sentence, "prose");
      if (piece) fragments.push(piece);
    }
  }
  if (code.length > 0) flushCode();
  return fragments;
}

/** Fragments whose words count as evidence: statements and code, not lists of terms. */
export function countsAsEvidence(piece: Fragment): boolean {
  return piece.kind === "statement" || piece.kind === "code";
}
