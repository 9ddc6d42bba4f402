import { describe, expect, it } from "vitest";
import { waitInWords, withWaitInWords } from "./wait-wording.ts";

describe("waits in words", () => {
  it("rounds up to what a person would say", () => {
    expect(waitInWords(3)).toBe("in a few seconds");
    expect(waitInWords(45)).toBe("in less than a minute");
    expect(waitInWords(60)).toBe("in about a minute");
    expect(waitInWords(61)).toBe("in about 2 minutes");
    expect(waitInWords(266)).toBe("in about 5 minutes");
    expect(waitInWords(3600)).toBe("in about an hour");
    expect(waitInWords(3601)).toBe("in about 2 hours");
  });

  it("rewrites the server's seconds and leaves other messages alone", () => {
    expect(withWaitInWords("Too many attempts. Try again in 266 seconds.", 266)).toBe(
      "Too many attempts. Try again in about 5 minutes.",
    );
    expect(withWaitInWords("Too many failed attempts. Try again in 1 second, or reset your password.", 1)).toBe(
      "Too many failed attempts. Try again in a few seconds, or reset your password.",
    );
    expect(withWaitInWords("Try again in 30 seconds.", null)).toBe("Try again in 30 seconds.");
    expect(withWaitInWords("Something else.", 30)).toBe("Something else.");
  });
});
