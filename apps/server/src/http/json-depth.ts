// How deeply a JSON text nests, measured before JSON.parse sees it. A megabyte of `[[[[…` in a key
// nobody reads cost ~1.5 s of event loop (JSON.parse, then superjson's copy, then validation), and
// no input of ours nests anywhere near 64 levels (superjson and a batch add three). One pass over
// the text counts brackets outside strings; it does not validate: malformed text is left to
// JSON.parse, which refuses it at the first bad character.

/** Arrays and objects inside one another that a request's JSON may hold. */
export const MAX_JSON_DEPTH = 64;

export const JSON_TOO_DEEP_MESSAGE = "The request input is nested too deeply.";

const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const OPEN_BRACKET = 0x5b; // [
const CLOSE_BRACKET = 0x5d; // ]
const OPEN_BRACE = 0x7b; // {
const CLOSE_BRACE = 0x7d; // }

/** Whether `text` opens more than `maxDepth` arrays or objects inside one another (brackets in strings don't count). */
export function jsonNestsDeeperThan(text: string, maxDepth: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      const end = closingQuote(text, index + 1);
      // An unterminated string: nothing after it can open anything.
      if (end === -1) return false;
      index = end + 1;
      continue;
    }
    if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
      depth -= 1;
    }
    index += 1;
  }
  return false;
}

/**
 * The index of the quote that ends the string starting at `from`, or -1. Jumps from quote to quote
 * (a base64 file is one long string), and a quote preceded by an odd run of backslashes is escaped.
 */
function closingQuote(text: string, from: number): number {
  let quote = text.indexOf('"', from);
  while (quote !== -1) {
    let backslashes = 0;
    for (let before = quote - 1; before >= from && text.charCodeAt(before) === BACKSLASH; before -= 1) {
      backslashes += 1;
    }
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return -1;
}
