// Delivery metrics of one spoken answer, a pure function of the final (corrected) text, the recording's
// length and its word timings: pace, filler words, long pauses, length against what the question
// expects, and for behavioral stories whether the situation-task-action-result arc is there. Every
// part carries a short note in plain language. Work is linear in the text: one tokenising pass with a
// single-class regex, then constant-size lookups per token (cue phrases are matched as token runs).
import type { InterviewQuestion } from "../interview-question.ts";
import type { QuestionDifficulty, TopicId } from "../topics.ts";
import { type DeliveryMetrics, type DeliverySummary, LONG_PAUSE_MS, type WordTiming } from "./delivery-schema.ts";

export interface DeliveryInput {
  source: DeliveryMetrics["source"];
  /** The answer as submitted (the transcript after the candidate's corrections). */
  text: string;
  durationMs: number;
  /** Word timings from the recording or the browser; empty when there are none. */
  words: readonly WordTiming[];
  question: Pick<InterviewQuestion, "topic" | "difficulty" | "kind">;
}

/** Below this, a pace is noise (a few words over a couple of seconds). */
const MIN_MEASURABLE_MS = 5000;
/** Conversational interview pace: ~110-170 words a minute reads as neither rushed nor halting. */
const SLOW_WPM = 110;
const FAST_WPM = 170;

// Spoken words an answer of each topic usually needs (mid level, main question): two minutes at a
// calm pace is ~260 words. Difficulty scales it (a senior answer is expected to go further), a
// follow-up is narrower. Chosen from the question bank's model answers read aloud, rounded.
const EXPECTED_WORDS: Record<TopicId, { min: number; max: number }> = {
  introduction: { min: 80, max: 250 },
  coding: { min: 60, max: 300 },
  "system-design": { min: 150, max: 450 },
  databases: { min: 70, max: 300 },
  behavioral: { min: 140, max: 400 },
  "backend-knowledge": { min: 60, max: 260 },
};
const DIFFICULTY_SCALE: Record<QuestionDifficulty, number> = { junior: 0.8, mid: 1, senior: 1.2 };
const FOLLOW_UP_SCALE = 0.6;

const SINGLE_FILLERS = new Set(["um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "ah", "basically", "literally"]);
const PAIR_FILLERS = new Set(["you know", "i mean", "sort of"]);
/** "kind of" after these is a real noun phrase ("what kind of index"), not a hedge. */
const KIND_OF_DETERMINERS = new Set([
  "what",
  "this",
  "that",
  "a",
  "any",
  "some",
  "one",
  "which",
  "same",
  "every",
  "each",
]);

// Cue phrases for each part of a story (situation, task, action, result), as token runs.
const STORY_CUES: Record<"situation" | "task" | "action" | "result", readonly string[]> = {
  situation: [
    "at my last",
    "at my previous",
    "we were",
    "there was",
    "the situation",
    "the context",
    "background",
    "at the time",
    "when i was",
    "our team",
    "the company",
    "a while ago",
    "last year",
    "on a project",
  ],
  task: [
    "my task",
    "i was responsible",
    "responsible for",
    "my role",
    "i needed to",
    "i had to",
    "the goal",
    "we needed to",
    "my job",
    "asked to",
    "i was tasked",
    "the challenge",
    "the problem was",
  ],
  action: [
    "i decided",
    "i built",
    "i wrote",
    "i proposed",
    "i led",
    "i started",
    "i talked",
    "i set up",
    "i added",
    "i implemented",
    "i worked",
    "i organized",
    "i organised",
    "i created",
    "i changed",
    "i reached out",
    "i suggested",
    "i designed",
    "i moved",
    "i introduced",
    "i spoke",
    "i asked",
    "i fixed",
    "i refactored",
    "so i",
    "then i",
  ],
  result: [
    "as a result",
    "in the end",
    "the result",
    "the outcome",
    "we reduced",
    "reduced",
    "improved",
    "increased",
    "learned",
    "dropped",
    "saved",
    "since then",
    "percent",
    "shipped",
    "launched",
    "ended up",
    "resolved",
  ],
};

interface Token {
  word: string;
  /** Punctuation (or the start) comes right before it: it opens a clause. */
  opensClause: boolean;
  /** A comma follows it ("like, the cache"). */
  commaAfter: boolean;
}

// One pass; the regex is a single character class or a single punctuation mark, so it is linear.
const TOKEN = /[\p{L}\p{N}']+|[,.;:?!]/gu;
const PUNCTUATION = /^[,.;:?!]$/;
/** Every pattern that reads answer text here (checked for linear matching in the tests). */
export const DELIVERY_TEXT_PATTERNS: readonly RegExp[] = [TOKEN, PUNCTUATION];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let opensClause = true;
  for (const match of text.toLowerCase().matchAll(TOKEN)) {
    const piece = match[0];
    if (PUNCTUATION.test(piece)) {
      const last = tokens.at(-1);
      if (last && piece === ",") last.commaAfter = true;
      opensClause = true;
      continue;
    }
    tokens.push({ word: piece, opensClause, commaAfter: false });
    opensClause = false;
  }
  return tokens;
}

/** Counts of each filler heard, by its written form. */
export function countFillers(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const add = (filler: string) => counts.set(filler, (counts.get(filler) ?? 0) + 1);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    if (SINGLE_FILLERS.has(token.word)) {
      add(token.word);
      continue;
    }
    if (token.word === "like") {
      // "like" is a filler where it opens a clause, is set off by a comma, or sits beside another
      // filler; comparisons and wants ("looks like", "would like a") are none of these.
      const besideFiller =
        (previous !== undefined && SINGLE_FILLERS.has(previous.word)) ||
        (next !== undefined && SINGLE_FILLERS.has(next.word));
      if (token.opensClause || token.commaAfter || besideFiller) add("like");
      continue;
    }
    if (next && !next.opensClause) {
      const pair = `${token.word} ${next.word}`;
      if (PAIR_FILLERS.has(pair)) {
        add(pair);
        i++;
      } else if (pair === "kind of" && !(previous && KIND_OF_DETERMINERS.has(previous.word))) {
        add(pair);
        i++;
      }
    }
  }
  return counts;
}

function storyArc(tokens: readonly Token[]): { situation: boolean; task: boolean; action: boolean; result: boolean } {
  // Space-delimited so a cue matches whole words only; includes() is linear per cue and cues are few.
  const spoken = ` ${tokens.map((t) => t.word).join(" ")} `;
  const heard = (part: keyof typeof STORY_CUES) => STORY_CUES[part].some((cue) => spoken.includes(` ${cue} `));
  return { situation: heard("situation"), task: heard("task"), action: heard("action"), result: heard("result") };
}

/** The range of spoken words a question of this topic, level and kind usually needs. */
export function expectedWordRange(question: DeliveryInput["question"]): { min: number; max: number } {
  const base = EXPECTED_WORDS[question.topic];
  const scale = DIFFICULTY_SCALE[question.difficulty] * (question.kind === "follow-up" ? FOLLOW_UP_SCALE : 1);
  return { min: Math.round(base.min * scale), max: Math.round(base.max * scale) };
}

/** The gaps between consecutive words longer than LONG_PAUSE_MS: how many, and the longest gap. */
function longPauses(words: readonly WordTiming[]): { count: number; longestMs: number } {
  let count = 0;
  let longestMs = 0;
  for (let i = 1; i < words.length; i++) {
    const gap = (words[i]?.startMs ?? 0) - (words[i - 1]?.endMs ?? 0);
    if (gap > longestMs) longestMs = gap;
    if (gap > LONG_PAUSE_MS) count++;
  }
  return { count, longestMs };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function measureDelivery(input: DeliveryInput): DeliveryMetrics {
  const tokens = tokenize(input.text);
  const wordCount = tokens.length;
  const first = input.words[0];
  const last = input.words.at(-1);
  // Speaking time: from the first word to the last when timed (silence before and after is not
  // speech), else the whole recording.
  const spokenMs = first && last && last.endMs > first.startMs ? last.endMs - first.startMs : input.durationMs;
  const minutes = spokenMs >= MIN_MEASURABLE_MS ? spokenMs / 60_000 : null;

  const wordsPerMinute = minutes === null ? null : Math.round(wordCount / minutes);
  const paceVerdict =
    wordsPerMinute === null
      ? "unknown"
      : wordsPerMinute < SLOW_WPM
        ? "slow"
        : wordsPerMinute > FAST_WPM
          ? "fast"
          : "steady";
  const paceNote = {
    unknown: "Too short to measure your pace.",
    slow: `About ${wordsPerMinute} words a minute: on the slow side. Aim for ${SLOW_WPM}-${FAST_WPM}; plan your first sentence before you start.`,
    fast: `About ${wordsPerMinute} words a minute: fast. Slow down a little (${SLOW_WPM}-${FAST_WPM} is easy to follow) and pause between points.`,
    steady: `About ${wordsPerMinute} words a minute: an easy pace to follow.`,
  }[paceVerdict];

  const fillerCounts = countFillers(input.text);
  const fillerTotal = [...fillerCounts.values()].reduce((sum, n) => sum + n, 0);
  const fillersPerMinute = minutes === null ? null : round1(fillerTotal / minutes);
  const top = [...fillerCounts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([filler, count]) => ({ filler, count }));
  const topNames = top
    .slice(0, 2)
    .map((f) => `"${f.filler}"`)
    .join(" and ");
  const fillerNote =
    fillerTotal === 0
      ? "No filler words."
      : fillersPerMinute !== null && fillersPerMinute > 5
        ? `${fillerTotal} filler words (${fillersPerMinute} a minute), mostly ${topNames}. A short silent pause reads better than a filler.`
        : `${fillerTotal} filler word${fillerTotal === 1 ? "" : "s"}, mostly ${topNames}: not distracting.`;

  const pauses = input.words.length >= 2 ? longPauses(input.words) : null;
  const pauseNote =
    pauses === null
      ? "No word timings, so pauses were not measured."
      : pauses.count === 0
        ? "No long pauses."
        : `${pauses.count} pause${pauses.count === 1 ? "" : "s"} over ${LONG_PAUSE_MS / 1000} seconds (longest ${round1(pauses.longestMs / 1000)} s). Thinking is fine; say so ("let me think about the trade-off") so silence does not look like being stuck.`;

  const expected = expectedWordRange(input.question);
  const lengthVerdict = wordCount < expected.min ? "short" : wordCount > expected.max ? "long" : "right";
  const lengthNote = {
    short: `${wordCount} words; answers like this usually take ${expected.min}-${expected.max}. Add the reasoning or an example.`,
    long: `${wordCount} words; answers like this usually take ${expected.min}-${expected.max}. Lead with the main point and stop sooner.`,
    right: `${wordCount} words: about the length this question needs.`,
  }[lengthVerdict];

  let story: DeliveryMetrics["story"] = null;
  if (input.question.topic === "behavioral") {
    const arc = storyArc(tokens);
    const result = arc.result || input.text.includes("%");
    const missing = (["situation", "task", "action", "result"] as const).filter((part) =>
      part === "result" ? !result : !arc[part],
    );
    story = {
      ...arc,
      result,
      note:
        missing.length === 0
          ? "The story has a situation, your task, what you did and the result."
          : `The story is missing ${missing.join(", ")}. Tell it as situation, task, action, result, and end with what changed.`,
    };
  }

  return {
    source: input.source,
    durationMs: Math.max(0, Math.round(input.durationMs)),
    wordCount,
    pace: { wordsPerMinute, verdict: paceVerdict, note: paceNote },
    fillers: { total: fillerTotal, perMinute: fillersPerMinute, top, note: fillerNote },
    pauses: {
      longPauses: pauses?.count ?? null,
      longestMs: pauses ? Math.max(0, pauses.longestMs) : null,
      note: pauseNote,
    },
    length: {
      expectedMinWords: expected.min,
      expectedMaxWords: expected.max,
      verdict: lengthVerdict,
      note: lengthNote,
    },
    story,
  };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : Math.round(((sorted[middle - 1] ?? upper) + upper) / 2);
}

/** An interview's spoken answers summed up for the report; null when none was spoken. */
export function summarizeDelivery(deliveries: readonly DeliveryMetrics[]): DeliverySummary | null {
  if (deliveries.length === 0) return null;
  const measured = deliveries.filter((d) => d.pace.wordsPerMinute !== null);
  const medianWordsPerMinute = median(measured.map((d) => d.pace.wordsPerMinute ?? 0));
  const fillers = measured.reduce((sum, d) => sum + d.fillers.total, 0);
  const minutes = measured.reduce(
    (sum, d) => sum + (d.pace.wordsPerMinute ? d.wordCount / d.pace.wordsPerMinute : 0),
    0,
  );
  const fillersPerMinute = minutes > 0 ? round1(fillers / minutes) : null;
  const longPauseCount = deliveries.reduce((sum, d) => sum + (d.pauses.longPauses ?? 0), 0);
  const stories = deliveries.filter((d) => d.story !== null);
  const full = stories.filter((d) => d.story?.situation && d.story.task && d.story.action && d.story.result).length;
  const parts = [
    medianWordsPerMinute === null ? null : `a median pace of ${medianWordsPerMinute} words a minute`,
    fillersPerMinute === null ? null : `${fillersPerMinute} filler words a minute`,
    `${longPauseCount} long pause${longPauseCount === 1 ? "" : "s"}`,
    stories.length === 0 ? null : `${full} of ${stories.length} stories with the full situation-task-action-result arc`,
  ].filter((part) => part !== null);
  return {
    spokenAnswers: deliveries.length,
    medianWordsPerMinute,
    fillersPerMinute,
    longPauses: longPauseCount,
    storiesWithFullArc: full,
    stories: stories.length,
    note: `${deliveries.length} spoken answer${deliveries.length === 1 ? "" : "s"}: ${parts.join(", ")}.`,
  };
}
