// The ledger's balance as a candidate thinks of it: all credits together after each movement. Each
// ledger row knows only its own kind's balance (one-time or subscription); the other kind's balance
// at that moment is read from the neighbouring rows, exactly:
// - an older row of the other kind: its balance after is the other kind's balance until the next one;
// - else a newer row of the other kind: its balance before it (after minus its change);
// - else (no row of the other kind loaded) the current balance of that kind.
import type { RouterOutputs } from "@interviewer/api";

type LedgerEntry = RouterOutputs["billing"]["ledger"]["entries"][number];
type Kind = LedgerEntry["kind"];

/** `entries` newest first, as the ledger pages them; `current` the balance now per kind. */
export function totalBalances(entries: readonly LedgerEntry[], current: Record<Kind, number>): number[] {
  return entries.map((entry, index) => {
    const other: Kind = entry.kind === "individual" ? "subscription" : "individual";
    const older = entries.slice(index + 1).find((row) => row.kind === other);
    if (older) return entry.balanceAfter + older.balanceAfter;
    const newer = entries
      .slice(0, index)
      .reverse()
      .find((row) => row.kind === other);
    if (newer) return entry.balanceAfter + newer.balanceAfter - newer.delta;
    return entry.balanceAfter + current[other];
  });
}
