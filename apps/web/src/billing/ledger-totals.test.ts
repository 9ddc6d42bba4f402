import type { RouterOutputs } from "@interviewer/api";
import { describe, expect, it } from "vitest";
import { totalBalances } from "./ledger-totals.ts";

type LedgerEntry = RouterOutputs["billing"]["ledger"]["entries"][number];

let seq = 100;
const row = (kind: LedgerEntry["kind"], delta: number, balanceAfter: number): LedgerEntry => {
  seq -= 1;
  return {
    id: seq,
    kind,
    delta,
    balanceAfter,
    reason: "purchase",
    referenceType: "webhook_event",
    createdAt: new Date(),
  };
};

describe("totalBalances", () => {
  it("adds the other kind's balance at that moment to each row's own", () => {
    // Oldest to newest: +3 welcome, +10 subscription, -1 (subscription spent first), +1 purchase.
    const entries = [
      row("individual", 1, 4),
      row("subscription", -1, 9),
      row("subscription", 10, 10),
      row("individual", 3, 3),
    ];
    expect(totalBalances(entries, { individual: 4, subscription: 9 })).toEqual([13, 12, 13, 3]);
  });

  it("uses a newer row of the other kind when no older one is loaded, and the current balance last", () => {
    // Only the newest page is loaded: the subscription row's other kind is known from the newer row.
    const entries = [row("individual", 1, 6), row("subscription", 10, 10)];
    expect(totalBalances(entries, { individual: 6, subscription: 10 })).toEqual([16, 15]);
    expect(totalBalances([row("subscription", -1, 4)], { individual: 2, subscription: 4 })).toEqual([6]);
  });
});
