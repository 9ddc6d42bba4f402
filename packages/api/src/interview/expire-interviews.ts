// The deadline sweeper, the one writer of deadlines nobody else acts on: it finishes running interviews
// whose time limit has passed, so dashboards, lists and reports converge on the stored truth. Reads never
// write (they present an expired interview as ended, see presentAsOf); mutations write a passed deadline
// down themselves under the row lock. Rows are claimed with FOR UPDATE SKIP LOCKED, so several server
// instances sweeping at once never finish one interview twice, and an interview whose last in-time
// answer is still being graded is left for the evaluation to finish. It never calls a model: an
// interview owed its next question gets it when the candidate resumes it (interview.resume).
import { type DatabaseOrTransaction, schema } from "@interviewer/db";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { ApiDependencies } from "../context.ts";
import { finishInterview } from "./finish-interview.ts";
import { deadlinePassed } from "./interview-timing.ts";
import { lockInterview } from "./load-interview.ts";

const { interviews } = schema;

/** Finishes up to `limit` expired interviews; returns how many it finished. */
export async function finishExpiredInterviews(
  deps: Pick<ApiDependencies, "db" | "clock">,
  limit = 50,
): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx: DatabaseOrTransaction) => {
    const expired = await tx
      .select({ id: interviews.id })
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
    for (const { id } of expired) {
      // Already locked by this transaction: this read only brings the turns along.
      const snapshot = await lockInterview(tx, id);
      if (!deadlinePassed(snapshot, now)) continue;
      await finishInterview(tx, now, snapshot, "time_limit");
      finished += 1;
    }
    return finished;
  });
}
