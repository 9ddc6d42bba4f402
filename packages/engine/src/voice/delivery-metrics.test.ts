import { analyse } from "scslre";
import { describe, expect, it } from "vitest";
import { MAX_ANSWER_CHARS } from "../evaluation/answer-limits.ts";
import {
  countFillers,
  DELIVERY_TEXT_PATTERNS,
  expectedWordRange,
  measureDelivery,
  summarizeDelivery,
} from "./delivery-metrics.ts";

const databases = { topic: "databases", difficulty: "mid", kind: "main" } as const;
const behavioral = { topic: "behavioral", difficulty: "mid", kind: "main" } as const;

/** Evenly timed words: `gapMs` between each, with optional longer gaps before given word indexes. */
function timed(text: string, msPerWord: number, longGaps: Record<number, number> = {}) {
  let at = 0;
  return text.split(" ").map((word, index) => {
    at += longGaps[index] ?? 0;
    const timing = { word, startMs: at, endMs: at + msPerWord - 50 };
    at += msPerWord;
    return timing;
  });
}

describe("filler words", () => {
  it("counts um, uh, basically and the pair fillers once each", () => {
    const counts = countFillers("Um, so basically the index is, uh, you know, a B-tree. I mean it sorts keys.");
    expect(Object.fromEntries(counts)).toEqual({ um: 1, basically: 1, uh: 1, "you know": 1, "i mean": 1 });
  });

  it('counts "like" as a filler only where it is one', () => {
    expect(countFillers("It looks like a queue and I would like a lock.").get("like")).toBeUndefined();
    expect(countFillers("Like, the cache sits in front. It was like, slow.").get("like")).toBe(2);
    expect(countFillers("What kind of index? It is kind of slow.").get("kind of")).toBe(1);
  });
});

describe("measureDelivery", () => {
  it("measures pace from the first word to the last and flags a fast answer", () => {
    // 100 words over 30 s of speech = 200 words a minute.
    const text = Array.from({ length: 100 }, () => "index").join(" ");
    const metrics = measureDelivery({
      source: "recording",
      text,
      durationMs: 40_000,
      words: timed(text, 300),
      question: databases,
    });
    expect(metrics.wordCount).toBe(100);
    expect(metrics.pace.wordsPerMinute).toBe(200);
    expect(metrics.pace.verdict).toBe("fast");
    expect(metrics.length.verdict).toBe("right");
  });

  it("finds the pauses over two seconds between words", () => {
    const text = "a write ahead log makes commits durable before pages are flushed to disk";
    const metrics = measureDelivery({
      source: "recording",
      text,
      durationMs: 20_000,
      words: timed(text, 400, { 3: 2500, 8: 4000, 10: 1500 }),
      question: databases,
    });
    expect(metrics.pauses.longPauses).toBe(2);
    expect(metrics.pauses.longestMs).toBe(4050);
    expect(metrics.pauses.note).toMatch(/2 pauses/);
    expect(metrics.length.verdict).toBe("short");
  });

  it("without timings uses the recording's length and leaves pauses unmeasured", () => {
    const metrics = measureDelivery({
      source: "browser",
      text: "Um, uh, um, an index speeds up reads.",
      durationMs: 30_000,
      words: [],
      question: databases,
    });
    expect(metrics.pauses.longPauses).toBeNull();
    expect(metrics.fillers.total).toBe(3);
    expect(metrics.fillers.perMinute).toBe(6);
    expect(metrics.fillers.top[0]).toEqual({ filler: "um", count: 2 });
    expect(metrics.story).toBeNull();
  });

  it("hears the whole situation-task-action-result arc in a story", () => {
    const metrics = measureDelivery({
      source: "recording",
      text: "At my last job our checkout was slow. My task was to fix it before the sale. I decided to add a cache and I wrote the load test. As a result latency dropped by 40%.",
      durationMs: 30_000,
      words: [],
      question: behavioral,
    });
    expect(metrics.story).toMatchObject({ situation: true, task: true, action: true, result: true });
  });

  it("names the missing parts of a story", () => {
    const metrics = measureDelivery({
      source: "recording",
      text: "I decided to add a cache and then I wrote tests.",
      durationMs: 10_000,
      words: [],
      question: behavioral,
    });
    expect(metrics.story).toMatchObject({ situation: false, task: false, action: true, result: false });
    expect(metrics.story?.note).toMatch(/missing situation, task, result/);
  });

  it("too short to measure gives no pace", () => {
    const metrics = measureDelivery({
      source: "browser",
      text: "Yes.",
      durationMs: 1000,
      words: [],
      question: databases,
    });
    expect(metrics.pace).toMatchObject({ wordsPerMinute: null, verdict: "unknown" });
  });

  it("reads answer text with patterns that cannot backtrack, and measures the longest hostile answer", () => {
    for (const pattern of DELIVERY_TEXT_PATTERNS) expect(analyse(pattern).reports, pattern.source).toEqual([]);
    // The longest answer the api accepts, all fillers and clause breaks: finishes within the test timeout.
    const text = "like, um ".repeat(Math.floor(MAX_ANSWER_CHARS / 9));
    const metrics = measureDelivery({ source: "browser", text, durationMs: 180_000, words: [], question: behavioral });
    expect(metrics.fillers.total).toBe(2 * Math.floor(MAX_ANSWER_CHARS / 9));
  });
});

describe("expected length and the report summary", () => {
  it("expects longer answers from seniors and shorter ones to follow-ups", () => {
    const mid = expectedWordRange(databases);
    expect(expectedWordRange({ ...databases, difficulty: "senior" }).max).toBeGreaterThan(mid.max);
    expect(expectedWordRange({ ...databases, kind: "follow-up" }).max).toBeLessThan(mid.max);
  });

  it("summarises the median pace and fillers per minute across spoken answers", () => {
    const answer = (wpmWords: number, fillers: string) =>
      measureDelivery({
        source: "browser",
        text: `${fillers} ${Array.from({ length: wpmWords }, () => "word").join(" ")}`,
        durationMs: 60_000,
        words: [],
        question: databases,
      });
    const summary = summarizeDelivery([answer(100, "um"), answer(150, "um uh"), answer(200, "")]);
    expect(summary?.spokenAnswers).toBe(3);
    expect(summary?.medianWordsPerMinute).toBe(152);
    expect(summary?.fillersPerMinute).toBe(1);
    expect(summarizeDelivery([])).toBeNull();
  });
});
