import { describe, expect, it } from "vitest";
import {
  cutText,
  isWellFormedText,
  MALFORMED_TEXT_ERROR,
  NUL_CHARACTER_ERROR,
  shortenAtWord,
  storedText,
  wellFormedText,
} from "./stored-text.ts";

const HIGH = "\ud83d";
const LOW = "\ude00";
const EMOJI = `${HIGH}${LOW}`; // 😀

function refusal(text: string): string | undefined {
  const result = storedText().safeParse(text);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("storedText", () => {
  it("accepts text the database stores, emoji and other control characters included", () => {
    for (const text of ["", "Postgres", `cache ${EMOJI} hit`, "tab\tand\nnewline\u0001", "\ufffd"]) {
      expect(storedText().parse(text)).toBe(text);
    }
  });

  it("refuses the NUL character", () => {
    expect(refusal("Re\u0000dis")).toBe(NUL_CHARACTER_ERROR);
  });

  it("refuses a lone surrogate, first half or second, anywhere in the text", () => {
    for (const text of ["\ud800", `Go${HIGH}`, `${LOW}Go`, `a ${LOW}${HIGH} b`, `${EMOJI}${HIGH}`]) {
      expect(refusal(text), JSON.stringify(text)).toBe(MALFORMED_TEXT_ERROR);
    }
  });

  it("keeps chaining: trim, min and max still apply after the check", () => {
    const name = storedText().trim().min(1).max(3);
    expect(name.parse("  ab  ")).toBe("ab");
    expect(name.safeParse("abcd").success).toBe(false);
    expect(name.safeParse(`  ${HIGH} `).success).toBe(false);
  });
});

describe("wellFormedText", () => {
  it("replaces each lone surrogate with U+FFFD and leaves pairs alone", () => {
    expect(wellFormedText(`a${HIGH}b${LOW}c${EMOJI}`)).toBe(`a\ufffdb\ufffdc${EMOJI}`);
    expect(wellFormedText(`${LOW}${HIGH}`)).toBe("\ufffd\ufffd");
    const fine = `plain ${EMOJI}`;
    expect(wellFormedText(fine)).toBe(fine);
    expect(isWellFormedText(wellFormedText(`${HIGH}${HIGH}${LOW}`))).toBe(true);
  });
});

describe("cutText", () => {
  it("never ends on the first half of a surrogate pair", () => {
    const word = `${"a".repeat(63)}${EMOJI}`;
    expect(word.slice(0, 64).endsWith(HIGH)).toBe(true); // what a plain slice did
    expect(cutText(word, 64)).toBe("a".repeat(63));
    expect(cutText(word, 65)).toBe(word);
    expect(cutText(EMOJI.repeat(3), 3)).toBe(EMOJI);
    expect(cutText(EMOJI, 1)).toBe("");
    expect(cutText("abc", 0)).toBe("");
  });

  it("returns short text as it is, and cuts long text to the limit", () => {
    expect(cutText("abc", 5)).toBe("abc");
    expect(cutText("abcdef", 4)).toBe("abcd");
  });
});

describe("shortenAtWord", () => {
  it("cuts at a word past the middle, else mid-word, never inside a pair, and adds an ellipsis", () => {
    expect(shortenAtWord("  one   two\nthree ", 20)).toBe("one two three");
    expect(shortenAtWord("alpha beta gamma delta", 15)).toBe("alpha beta…");
    // 150 emoji: no space to cut at, and a plain slice would end on half of one.
    const emoji = EMOJI.repeat(150);
    const short = shortenAtWord(emoji, 101);
    expect(isWellFormedText(short)).toBe(true);
    expect(short).toBe(`${EMOJI.repeat(50)}…`);
  });

  it("repairs a lone surrogate in text it keeps whole (model output can hold one)", () => {
    expect(isWellFormedText(shortenAtWord(`quote ${HIGH} here`, 100))).toBe(true);
  });
});
