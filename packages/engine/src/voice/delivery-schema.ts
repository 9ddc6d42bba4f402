// How a spoken answer came across: the shape of the delivery metrics stored on a turn
// (interview_turns.delivery), shown after each spoken answer and averaged in the report. Each part has
// a plain-language note for the candidate; numbers are for the charts and the report's averages.
import { z } from "zod";

/** Where the timings came from: the server's transcriber (a recording) or the browser's own recognition. */
export const DELIVERY_SOURCES = ["recording", "browser"] as const;

/** A gap between two words longer than this is a long pause. */
export const LONG_PAUSE_MS = 2000;

export const ZWordTimingSchema = z.object({
  word: z.string(),
  startMs: z.number().int().min(0),
  endMs: z.number().int().min(0),
});
export type WordTiming = z.infer<typeof ZWordTimingSchema>;

export const ZDeliveryMetricsSchema = z.object({
  source: z.enum(DELIVERY_SOURCES),
  /** How long the candidate spoke, from the recording (or the browser's measurement). */
  durationMs: z.number().int().min(0),
  /** Words of the final (corrected) text. */
  wordCount: z.number().int().min(0),
  pace: z.object({
    /** Null when the answer was too short to measure (under 5 seconds). */
    wordsPerMinute: z.number().nullable(),
    verdict: z.enum(["slow", "steady", "fast", "unknown"]),
    note: z.string(),
  }),
  fillers: z.object({
    total: z.number().int().min(0),
    perMinute: z.number().nullable(),
    /** The most used fillers, most frequent first (at most five). */
    top: z.array(z.object({ filler: z.string(), count: z.number().int().min(1) })),
    note: z.string(),
  }),
  pauses: z.object({
    /** Null without word timings (nothing to measure gaps from). */
    longPauses: z.number().int().min(0).nullable(),
    longestMs: z.number().int().min(0).nullable(),
    note: z.string(),
  }),
  length: z.object({
    expectedMinWords: z.number().int().min(0),
    expectedMaxWords: z.number().int().min(0),
    verdict: z.enum(["short", "right", "long"]),
    note: z.string(),
  }),
  /** Behavioral questions only (null otherwise): which parts of situation-task-action-result were heard. */
  story: z
    .object({
      situation: z.boolean(),
      task: z.boolean(),
      action: z.boolean(),
      result: z.boolean(),
      note: z.string(),
    })
    .nullable(),
});
export type DeliveryMetrics = z.infer<typeof ZDeliveryMetricsSchema>;

/** The report's summary across an interview's spoken answers (null in the report when there were none). */
export const ZDeliverySummarySchema = z.object({
  spokenAnswers: z.number().int().min(1),
  /** Median across spoken answers that could be measured; null when none could. */
  medianWordsPerMinute: z.number().nullable(),
  fillersPerMinute: z.number().nullable(),
  longPauses: z.number().int().min(0),
  /** Behavioral answers told with all four parts of the arc, of those told. */
  storiesWithFullArc: z.number().int().min(0),
  stories: z.number().int().min(0),
  note: z.string(),
});
export type DeliverySummary = z.infer<typeof ZDeliverySummarySchema>;
