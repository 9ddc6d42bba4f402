// The deadline sweeper: finishes running interviews whose time limit has passed even if nobody opens
// them again, so dashboards and lists never show an expired interview as running. Every request path
// already enforces the deadline itself (see service.ts); this covers the ones left alone. Rows are
// claimed with FOR UPDATE SKIP LOCKED, so several server instances sweeping at once never finish one
// interview twice, and an interview whose last in-time answer is still being graded is left for the
// evaluation to finish.
import { type DatabaseOrTransaction, schema } from "@interviewer/db";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { ApiDependencies } from "../context.ts";
import { finishInterview } from "./finish-interview.ts";
import { loadTurns } from "./interview-records.ts";

const { interviews } = schema;

/** Finishes up to `limit` expired interviews; returns how many it finished. */
export async function finishExpiredInterviews(
  deps: Pick<ApiDependencies, "db" | "clock">,
  limit = 50,
): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx: DatabaseOrTransaction) => {
    const expired = await tx
      .select()
      .from(interviews)
      .where(
        and(
          eq(interviews.status, "active"),
          isNotNull(interviews.startedAt),
          sql`${interviews.plan} ->> 'timeLimitMinutes' is not null`,
          sql`${interviews.startedAt} + make_interval(secs => ${interviews.pausedMs}::float8 / 1000 + (${interviews.plan} ->> 'timeLimitMinutes')::float8 * 60) <= ${now.toISOString()}::timestamptz`,
        ),
      )
      .limit(limit)
      .for("update", { skipLocked: true });
    let finished = 0;
    for (const interview of expired) {
      const turns = await loadTurns(tx, interview.id);
      if (turns.some((turn) => turn.evaluationStatus === "pending")) continue;
      await finishInterview(tx, now, interview, turns, "time_limit");
      finished += 1;
    }
    return finished;
  });
}
