// Free text that ends up in the database. PostgreSQL cannot hold two things a JavaScript string can
// (PGlite neither): U+0000 in `text`, and a lone UTF-16 surrogate (half of an emoji, or a `\ud800` escape
// in the request's JSON) in `jsonb`, where answers and evaluations are kept. Either one reaching an
// INSERT is an internal error; refusing it during validation turns that into a 400 whose field errors
// name the field. Text the server itself takes from outside (a transcript, model output) is repaired
// with wellFormedText instead, and cut with cutText, since nobody can be asked to send it again.
// Other control characters store fine and are left alone.
import { z } from "zod";

export const NUL_CHARACTER_ERROR = "Remove the NUL character (U+0000): it cannot be stored.";
export const MALFORMED_TEXT_ERROR =
  "Remove the broken character (half of an emoji or other symbol, a lone UTF-16 surrogate): it is not valid text and cannot be stored.";

// In a `u` pattern a surrogate pair is one code point, so \p{Surrogate} matches only a lone half: the same
// test as String.prototype.isWellFormed, which the ES2023 library the project compiles against does not
// declare (and older browsers, which read the whiteboard's check too, do not have). Linear: no backtracking.
const LONE_SURROGATE = /\p{Surrogate}/u;
const LONE_SURROGATES = /\p{Surrogate}/gu;

/** Whether the text is well-formed UTF-16: no surrogate without its other half. */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** The text with every lone surrogate replaced by U+FFFD (what String.prototype.toWellFormed does). */
export function wellFormedText(text: string): string {
  return isWellFormedText(text) ? text : text.replace(LONE_SURROGATES, "\uFFFD");
}

/** The problem with a string the database cannot store, or null when it stores as it is. */
export function unstorableTextProblem(text: string): string | null {
  if (text.includes("\u0000")) return NUL_CHARACTER_ERROR;
  if (!isWellFormedText(text)) return MALFORMED_TEXT_ERROR;
  return null;
}

/**
 * At most `maxChars` UTF-16 units of the text, never ending on the first half of a surrogate pair (a
 * plain slice there would leave half an emoji, which jsonb refuses).
 */
export function cutText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const end = maxChars > 0 && isHighSurrogate(text.charCodeAt(maxChars - 1)) ? maxChars - 1 : maxChars;
  return text.slice(0, end);
}

/**
 * Text shown in a bounded field (a quote, a reply): whitespace flattened, at most `maxChars` with an
 * ellipsis, cut at a word boundary when one is past the middle and never inside a surrogate pair,
 * and any lone surrogate (model output can hold one) repaired, so the result always stores.
 */
export function shortenAtWord(text: string, maxChars: number): string {
  const flat = wellFormedText(text.replace(/\s+/g, " ").trim());
  if (flat.length <= maxChars) return flat;
  const cut = cutText(flat, maxChars - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > maxChars / 2 ? cut.slice(0, space) : cut}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** z.string() that refuses what the database cannot store (NUL, lone surrogates); chain trim/min/max as usual. */
export function storedText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).superRefine((text, ctx) => {
    const problem = unstorableTextProblem(text);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: text });
  });
}
