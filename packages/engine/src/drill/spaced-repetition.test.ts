import { describe, expect, it } from "vitest";
import { MIN_EASE_FACTOR, newDrillSchedule, type RecallQuality, scheduleReview } from "./spaced-repetition.ts";

const DAY = 24 * 60 * 60 * 1000;

/** The engine takes time as a value; this clock is moved by hand like the server tests' test clock. */
function handClock(start = new Date("2026-03-02T09:00:00.000Z")) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms: number) => {
      current += ms;
    },
  };
}

describe("SM-2 drill scheduler", () => {
  it("a new card is due at once, so a point just missed can be drilled straight away", () => {
    const clock = handClock();
    expect(newDrillSchedule(clock.now())).toEqual({
      repetitions: 0,
      intervalDays: 0,
      easeFactor: 2.5,
      lapses: 0,
      dueAt: clock.now(),
      lastReviewedAt: null,
    });
  });

  it("successful reviews wait 1 day, then 6 days, then the previous interval times the ease", () => {
    const clock = handClock();
    let card = newDrillSchedule(clock.now());
    const intervals: number[] = [];
    for (let review = 0; review < 4; review += 1) {
      card = scheduleReview(card, 4, clock.now());
      intervals.push(card.intervalDays);
      expect(card.dueAt.getTime() - clock.now().getTime()).toBe(card.intervalDays * DAY);
      expect(card.lastReviewedAt).toEqual(clock.now());
      clock.advance(card.intervalDays * DAY);
    }
    // Quality 4 leaves the ease at 2.5: 6 × 2.5 = 15, 15 × 2.5 = 37.5 → 38.
    expect(intervals).toEqual([1, 6, 15, 38]);
    expect(card).toMatchObject({ repetitions: 4, easeFactor: 2.5, lapses: 0 });
  });

  it("a perfect recall raises the ease by 0.1 and a hard one lowers it by 0.14", () => {
    const now = handClock().now();
    expect(scheduleReview(newDrillSchedule(now), 5, now).easeFactor).toBe(2.6);
    expect(scheduleReview(newDrillSchedule(now), 3, now).easeFactor).toBe(2.36);
  });

  it("a miss (quality under 3) restarts the repetitions, counts a lapse and is due again tomorrow", () => {
    const clock = handClock();
    let card = newDrillSchedule(clock.now());
    card = scheduleReview(card, 5, clock.now());
    clock.advance(DAY);
    card = scheduleReview(card, 5, clock.now());
    clock.advance(6 * DAY);
    const missed = scheduleReview(card, 1, clock.now());
    expect(missed).toMatchObject({ repetitions: 0, intervalDays: 1, lapses: 1 });
    expect(missed.dueAt).toEqual(new Date(clock.now().getTime() + DAY));
    expect(missed.easeFactor).toBeLessThan(card.easeFactor);
  });

  it("the ease never falls under 1.3, however often the card is missed", () => {
    const clock = handClock();
    let card = newDrillSchedule(clock.now());
    for (let review = 0; review < 10; review += 1) {
      card = scheduleReview(card, 0, clock.now());
      clock.advance(DAY);
    }
    expect(card.easeFactor).toBe(MIN_EASE_FACTOR);
    expect(card.lapses).toBe(10);
    // Recovering from the floor still moves forward: 1, 6, then 6 × 1.3 ≈ 8.
    const intervals: number[] = [];
    for (let review = 0; review < 3; review += 1) {
      card = scheduleReview(card, 3 as RecallQuality, clock.now());
      intervals.push(card.intervalDays);
    }
    expect(intervals).toEqual([1, 6, 8]);
  });

  it("an interval never grows past a year", () => {
    const now = handClock().now();
    const card = { ...newDrillSchedule(now), repetitions: 8, intervalDays: 300, easeFactor: 2.8 };
    expect(scheduleReview(card, 5, now).intervalDays).toBe(365);
  });
});
