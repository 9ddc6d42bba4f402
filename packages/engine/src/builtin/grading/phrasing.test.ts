// How one phrasing meets one sentence: whole stemmed words, close together, with negation respected.
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "./analyze-text.ts";
import { compilePhrasing, statesPhrasing } from "./phrasing.ts";

function states(sentence: string, phrasing: string): boolean {
  const compiled = compilePhrasing(phrasing);
  if (!compiled) throw new Error(`no words in ${phrasing}`);
  return analyzeAnswer(sentence).some((piece) => statesPhrasing(piece, compiled));
}

describe("a phrasing", () => {
  it("matches stemmed whole words in any order", () => {
    expect(states("Indexes are kept sorted.", "sorted index")).toBe(true);
    expect(states("We were indexing everything.", "index")).toBe(true);
    expect(states("Reindexing takes hours.", "index")).toBe(false);
    expect(states("That was a good call, going forward.", "go")).toBe(false);
    expect(states("The trade-off is latency.", "trade off")).toBe(true);
    expect(states("A hashmap works.", "hash map")).toBe(true);
  });

  it("needs its words in one sentence and close together", () => {
    expect(states("The cache is fast. Writes go to the database.", "cache database")).toBe(false);
    const far = `The cache ${"and then something else entirely ".repeat(5)}database.`;
    expect(states(far, "cache database")).toBe(false);
  });

  it("does not match negated words, and a 'not' phrasing matches only them", () => {
    expect(states("TCP does not preserve message boundaries.", "tcp preserve message boundaries")).toBe(false);
    expect(states("TCP doesn't preserve message boundaries.", "not tcp preserve boundaries")).toBe(true);
    expect(states("TCP preserves message boundaries.", "not tcp preserve boundaries")).toBe(false);
    expect(states("Indexes have no downside.", "no index downside")).toBe(true);
    expect(states("The downside of an index is slower writes.", "no index downside")).toBe(false);
  });

  it("scopes 'without', 'instead of' and 'rather than' to what follows them", () => {
    expect(states("Without an expiry, the cache serves stale data.", "cache serves stale")).toBe(true);
    expect(states("Without an expiry, the cache serves stale data.", "expiry")).toBe(false);
    expect(states("Use a queue instead of polling the table.", "queue")).toBe(true);
    expect(states("Use a queue instead of polling the table.", "polling")).toBe(false);
    expect(states("I'd shard rather than replicate.", "replicate")).toBe(false);
  });

  it("ends a negation at the clause, and reads 'not only' as 'also'", () => {
    expect(states("It is not cheap, but it is durable.", "durable")).toBe(true);
    expect(states("It's not only fast but durable.", "fast")).toBe(true);
    expect(states("I never just rubber-stamp a review.", "rubber stamp")).toBe(false);
  });
});

describe("reading an answer", () => {
  it("reads code as one fragment, with identifiers split into words", () => {
    const [code] = analyzeAnswer(
      "const seenValues = new Map();\nfor (const n of nums) {\n  seenValues.set(n, true);\n}",
    );
    expect(code?.kind).toBe("code");
    expect(code?.tokens.map((token) => token.word)).toEqual(expect.arrayContaining(["seen", "values", "map", "set"]));
  });

  it("tells a list of terms from a sentence", () => {
    expect(analyzeAnswer("b-tree, sorted, log n, slower writes, where clause")[0]?.kind).toBe("term-list");
    expect(analyzeAnswer("B-tree sorted pointers lookups")[0]?.kind).toBe("term-list");
    expect(analyzeAnswer("An index keeps values sorted in a B-tree.")[0]?.kind).toBe("statement");
  });

  it("splits sentences without breaking numbers or names with dots", () => {
    const pieces = analyzeAnswer("We ran Node.js 20 at 2.5 ms p99. Then we scaled out.");
    expect(pieces.map((piece) => piece.text)).toEqual(["We ran Node.js 20 at 2.5 ms p99.", "Then we scaled out."]);
  });
});
