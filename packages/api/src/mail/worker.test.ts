import { describe, expect, it } from "vitest";
import { MAX_MAIL_ATTEMPTS, mailRetryDelayMs } from "./worker.ts";

describe("mail retry schedule", () => {
  it("doubles from 10 seconds and never waits more than an hour", () => {
    expect([1, 2, 3, 4].map(mailRetryDelayMs)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(mailRetryDelayMs(9)).toBe(2_560_000);
    expect(mailRetryDelayMs(10)).toBe(3_600_000);
    expect(mailRetryDelayMs(30)).toBe(3_600_000);
  });

  it("gives up within Resend's 24-hour idempotency window", () => {
    let total = 0;
    for (let attempt = 1; attempt < MAX_MAIL_ATTEMPTS; attempt += 1) total += mailRetryDelayMs(attempt);
    expect(total).toBeLessThan(24 * 60 * 60_000);
  });
});
