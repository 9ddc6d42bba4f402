// The drill scheduler: SM-2 (Wozniak, SuperMemo 2, 1987), pure. A card's state is its repetition count,
// interval in days, ease factor and lapses; each review grades recall 0-5 and moves the card:
// - quality < 3 (not recalled): repetitions start again, the card counts a lapse and is due again one
//   day later;
// - quality >= 3: the n-th successful repetition in a row waits 1 day (n = 1), 6 days (n = 2), then the
//   previous interval times the ease factor, rounded;
// - after every review the ease factor moves by 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02) (q = 5: +0.1,
//   q = 4: 0, q = 3: -0.14, q = 0: -0.8), never below 1.3, so a hard card comes back often but never
//   every day forever. The interval uses the ease the card had before this review (SM-2's order).
// Time is passed in; the caller owns the clock.
export const INITIAL_EASE_FACTOR = 2.5;
export const MIN_EASE_FACTOR = 1.3;
/** Quality at or above this counts as recalled. */
export const RECALLED_QUALITY = 3;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A card never waits longer than this: a skill untouched for years is worth a check. */
export const MAX_INTERVAL_DAYS = 365;

/** 5 perfect, 4 correct after thought, 3 correct with difficulty, 2 wrong but close, 1 wrong, 0 blank. */
export type RecallQuality = 0 | 1 | 2 | 3 | 4 | 5;

/** Where a card is on its schedule: what the scheduler reads and writes (the drill_cards columns). */
export interface DrillSchedule {
  repetitions: number;
  intervalDays: number;
  easeFactor: number;
  lapses: number;
  dueAt: Date;
  lastReviewedAt: Date | null;
}

/** A card never reviewed: due at `now`, so what was just missed can be drilled straight away. */
export function newDrillSchedule(now: Date): DrillSchedule {
  return {
    repetitions: 0,
    intervalDays: 0,
    easeFactor: INITIAL_EASE_FACTOR,
    lapses: 0,
    dueAt: now,
    lastReviewedAt: null,
  };
}

export function scheduleReview(card: DrillSchedule, quality: RecallQuality, now: Date): DrillSchedule {
  const easeFactor = nextEaseFactor(card.easeFactor, quality);
  if (quality < RECALLED_QUALITY) {
    return {
      repetitions: 0,
      intervalDays: 1,
      easeFactor,
      lapses: card.lapses + 1,
      dueAt: addDays(now, 1),
      lastReviewedAt: now,
    };
  }
  const repetitions = card.repetitions + 1;
  const intervalDays =
    repetitions === 1
      ? 1
      : repetitions === 2
        ? 6
        : Math.min(MAX_INTERVAL_DAYS, Math.max(1, Math.round(card.intervalDays * card.easeFactor)));
  return {
    repetitions,
    intervalDays,
    easeFactor,
    lapses: card.lapses,
    dueAt: addDays(now, intervalDays),
    lastReviewedAt: now,
  };
}

function nextEaseFactor(easeFactor: number, quality: RecallQuality): number {
  const miss = 5 - quality;
  const next = easeFactor + (0.1 - miss * (0.08 + miss * 0.02));
  // Rounded so a value stored in a `real` column reads back as what was computed.
  return Math.max(MIN_EASE_FACTOR, Math.round(next * 100) / 100);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
