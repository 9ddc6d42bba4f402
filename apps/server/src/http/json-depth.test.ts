import { describe, expect, it } from "vitest";
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from "./json-depth.ts";

const nestedArrays = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

describe("jsonNestsDeeperThan", () => {
  it("allows exactly the limit and refuses one level more, for arrays, objects and a mix", () => {
    expect(jsonNestsDeeperThan(nestedArrays(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonNestsDeeperThan(nestedArrays(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonNestsDeeperThan(nestedObjects(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonNestsDeeperThan(nestedObjects(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonNestsDeeperThan(`${'[{"a":'.repeat(3)}1${"}]".repeat(3)}`, 6)).toBe(false);
    expect(jsonNestsDeeperThan(`${'[{"a":'.repeat(3)}[]${"}]".repeat(3)}`, 6)).toBe(true);
  });

  it("counts depth, not the number of brackets: siblings do not add up", () => {
    const wide = `[${Array.from({ length: 1000 }, () => '{"a":[1]}').join(",")}]`;
    expect(jsonNestsDeeperThan(wide, 3)).toBe(false);
    expect(jsonNestsDeeperThan(wide, 2)).toBe(true);
  });

  it("does not count brackets inside strings", () => {
    const text = JSON.stringify({ note: "[".repeat(500), other: "{".repeat(500), mixed: "]}[{".repeat(100) });
    expect(jsonNestsDeeperThan(text, 1)).toBe(false);
  });

  it("does not end a string at an escaped quote, and does end it after an escaped backslash", () => {
    // The string holds `\"[[[[`: still inside it, so the brackets don't count.
    const escapedQuote = JSON.stringify({ a: `"${"[".repeat(10)}` });
    expect(escapedQuote).toContain('\\"[');
    expect(jsonNestsDeeperThan(escapedQuote, 1)).toBe(false);
    // The string ends in a backslash (`\\` before the closing quote): what follows is structure
    // (the object and five arrays: six levels).
    const escapedBackslash = `{"a":"x\\\\","b":${nestedArrays(5)}}`;
    expect(JSON.parse(escapedBackslash)).toEqual({ a: "x\\", b: [[[[[]]]]] });
    expect(jsonNestsDeeperThan(escapedBackslash, 6)).toBe(false);
    expect(jsonNestsDeeperThan(escapedBackslash, 5)).toBe(true);
    // Three backslashes: an escaped backslash, then an escaped quote; the string goes on.
    expect(jsonNestsDeeperThan(`{"a":"\\\\\\"[[[[[[","b":1}`, 1)).toBe(false);
  });

  it("leaves malformed text to JSON.parse", () => {
    expect(jsonNestsDeeperThan("", 1)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":"unterminated [[[[[[', 1)).toBe(false);
    expect(jsonNestsDeeperThan("{not json", 1)).toBe(false);
  });
});
