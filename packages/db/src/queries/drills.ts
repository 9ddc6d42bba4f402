// Drill cards and reviews, as plain functions `(db, params)`. Writes are set-based: the cards of one
// graded interview answer are upserted in one statement, and the reviews of one graded drill answer
// (each card's new schedule plus its history row) are written in one statement. Every read is bounded
// (a limit, or a fixed number of topics and weeks) and takes one statement. Times go into raw SQL as
// ISO text cast to timestamptz, which both drivers bind alike.
import { and, asc, desc, eq, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "../database.ts";
import { type DrillCardKind, drillCards } from "../schema/drills.ts";
import { interviews } from "../schema/interviews.ts";
import { users } from "../schema/users.ts";
import { epochMs } from "./billing.ts";

/** A card to create, or to make due again when the user already has one with the same skill key. */
export interface DrillCardUpsert {
  kind: DrillCardKind;
  skillKey: string;
  topic: string;
  label: string;
  question: unknown;
}

/**
 * One statement: creates the cards (due at `now`, never reviewed); a card the user already has for the
 * same skill was missed again, so it starts its repetitions over, counts a lapse and is due at `now`
 * (its ease is left to the drill reviews). Callers pass distinct skill keys.
 */
export async function upsertDrillCards(
  tx: DatabaseOrTransaction,
  params: { userId: string; sourceInterviewId: string; now: Date; cards: readonly DrillCardUpsert[] },
): Promise<void> {
  if (params.cards.length === 0) return;
  await tx
    .insert(drillCards)
    .values(
      params.cards.map((card) => ({
        userId: params.userId,
        kind: card.kind,
        skillKey: card.skillKey,
        topic: card.topic,
        label: card.label,
        question: card.question,
        sourceInterviewId: params.sourceInterviewId,
        dueAt: params.now,
        createdAt: params.now,
        updatedAt: params.now,
      })),
    )
    .onConflictDoUpdate({
      target: [drillCards.userId, drillCards.skillKey],
      set: {
        label: sql`excluded.label`,
        question: sql`coalesce(excluded.question, ${drillCards.question})`,
        sourceInterviewId: sql`excluded.source_interview_id`,
        repetitions: 0,
        intervalDays: 0,
        lapses: sql`${drillCards.lapses} + 1`,
        dueAt: sql`excluded.due_at`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}

/** The user's cards among `ids`, locked until the transaction ends (two drills may share a card). */
export async function lockDrillCards(tx: DatabaseOrTransaction, params: { userId: string; ids: readonly string[] }) {
  if (params.ids.length === 0) return [];
  return tx
    .select()
    .from(drillCards)
    .where(and(eq(drillCards.userId, params.userId), inArray(drillCards.id, [...params.ids])))
    .orderBy(asc(drillCards.id))
    .for("update");
}

/** The user's cards among `ids` (a drill question's cards, to find the question to ask again). */
export async function findDrillCards(db: DatabaseOrTransaction, params: { userId: string; ids: readonly string[] }) {
  if (params.ids.length === 0) return [];
  return db
    .select()
    .from(drillCards)
    .where(and(eq(drillCards.userId, params.userId), inArray(drillCards.id, [...params.ids])));
}

/** A card's schedule after one review, with the grade behind it. */
export interface DrillCardReview {
  cardId: string;
  repetitions: number;
  intervalDays: number;
  easeFactor: number;
  lapses: number;
  dueAt: Date;
  quality: number;
  score: number;
}

/**
 * One statement: moves each reviewed card (of this user) to its new schedule and writes its review
 * row, for the skill view's history.
 */
export async function applyDrillReviews(
  tx: DatabaseOrTransaction,
  params: { userId: string; interviewId: string; now: Date; reviews: readonly DrillCardReview[] },
): Promise<void> {
  if (params.reviews.length === 0) return;
  const now = params.now.toISOString();
  const rows = params.reviews.map(
    (review) =>
      sql`(${review.cardId}::uuid, ${review.repetitions}::smallint, ${review.intervalDays}::integer, ${review.easeFactor}::real, ${review.lapses}::smallint, ${review.dueAt.toISOString()}::timestamptz, ${review.quality}::smallint, ${review.score}::smallint)`,
  );
  await tx.execute(sql`
    with reviewed (id, repetitions, interval_days, ease_factor, lapses, due_at, quality, score) as (
      values ${sql.join(rows, sql`, `)}
    ),
    moved as (
      update drill_cards as card set
        repetitions = reviewed.repetitions, interval_days = reviewed.interval_days,
        ease_factor = reviewed.ease_factor, lapses = reviewed.lapses, due_at = reviewed.due_at,
        last_reviewed_at = ${now}::timestamptz, updated_at = ${now}::timestamptz
      from reviewed
      where card.id = reviewed.id and card.user_id = ${params.userId}::uuid
      returning card.id, card.topic, reviewed.quality, reviewed.score
    )
    insert into drill_reviews (card_id, user_id, interview_id, topic, quality, score, reviewed_at)
    select moved.id, ${params.userId}::uuid, ${params.interviewId}::uuid, moved.topic, moved.quality, moved.score,
      ${now}::timestamptz
    from moved`);
}

/** The user's cards due at `now`, most overdue first, at most `limit` (choosing a drill's questions). */
export async function findDueDrillCards(
  db: DatabaseOrTransaction,
  params: { userId: string; now: Date; limit: number },
) {
  return db
    .select()
    .from(drillCards)
    .where(and(eq(drillCards.userId, params.userId), lte(drillCards.dueAt, params.now)))
    .orderBy(asc(drillCards.dueAt), asc(drillCards.id))
    .limit(params.limit);
}

/**
 * The account row's id inside the subqueries below. Spelled with its table: a single-table select
 * renders columns unqualified, and inside a subquery on drill_cards a bare "id" names the card's id.
 */
const ownerId = sql`${users}.id`;

/** What a card shows in a list, as JSON: { id, kind, topic, label, repetitions, intervalDays, lapses, dueAtMs, lastReviewedAtMs }. */
function cardJson(alias: string): SQL {
  const column = (name: string) => sql.raw(`${alias}.${name}`);
  return sql`json_build_object(
    'id', ${column("id")}, 'kind', ${column("kind")}, 'topic', ${column("topic")}, 'label', ${column("label")},
    'repetitions', ${column("repetitions")}, 'intervalDays', ${column("interval_days")}, 'lapses', ${column("lapses")},
    'dueAtMs', ${epochMs(column("due_at"))}, 'lastReviewedAtMs', ${epochMs(column("last_reviewed_at"))}
  )`;
}

/**
 * One statement: how many of the user's cards are due at `now` and by `dueBy`, how many there are,
 * when the next one not yet due comes due, and the first `limit` due at `now` (most overdue first) as JSON (see cardJson). Undefined when the
 * account does not exist.
 */
export async function readDueDrillCards(
  db: DatabaseOrTransaction,
  params: { userId: string; now: Date; dueBy: Date; limit: number },
) {
  const now = sql`${params.now.toISOString()}::timestamptz`;
  const dueBy = sql`${params.dueBy.toISOString()}::timestamptz`;
  const [row] = await db
    .select({
      dueNow: sql<number>`(select count(*)::int from drill_cards where user_id = ${ownerId} and due_at <= ${now})`,
      dueBy: sql<number>`(select count(*)::int from drill_cards where user_id = ${ownerId} and due_at <= ${dueBy})`,
      total: sql<number>`(select count(*)::int from drill_cards where user_id = ${ownerId})`,
      nextDueAtMs: sql<
        number | null
      >`(select (${epochMs(sql`min(due_at)`)})::float8 from drill_cards where user_id = ${ownerId} and due_at > ${now})`,
      cards: sql<unknown>`coalesce((
        select json_agg(${cardJson("due")} order by due.due_at, due.id)
        from (
          select * from drill_cards where user_id = ${ownerId} and due_at <= ${now}
          order by due_at, id limit ${params.limit}
        ) as due
      ), '[]'::json)`,
    })
    .from(users)
    .where(eq(users.id, params.userId));
  return row;
}

/**
 * One page of the user's cards in due order (keyset on due time and id; the cursor is a card id whose
 * position is read in the same statement; someone else's id positions nothing, so the page is empty).
 */
export async function listDrillCards(
  db: DatabaseOrTransaction,
  params: { userId: string; cursor: string | null; limit: number },
) {
  const cursor = params.cursor;
  return db
    .select()
    .from(drillCards)
    .where(
      and(
        eq(drillCards.userId, params.userId),
        cursor === null
          ? undefined
          : sql`(${drillCards.dueAt}, ${drillCards.id}) > (select c.due_at, c.id from drill_cards as c where c.id = ${cursor}::uuid and c.user_id = ${params.userId}::uuid)`,
      ),
    )
    .orderBy(asc(drillCards.dueAt), asc(drillCards.id))
    .limit(params.limit);
}

/** Deletes the user's card; undefined when they have no such card. One statement. */
export async function deleteDrillCard(db: DatabaseOrTransaction, params: { userId: string; cardId: string }) {
  const [row] = await db
    .delete(drillCards)
    .where(and(eq(drillCards.id, params.cardId), eq(drillCards.userId, params.userId)))
    .returning({ id: drillCards.id });
  return row;
}

/**
 * One statement, for the skill view: per topic and UTC week (Monday) since `since`, the mean score and
 * count of the user's graded answers, interviews and drills alike, as JSON [{ topic, weekStartMs,
 * meanScore, answers }]; and per topic the cards and how many are due at `now`, as JSON [{ topic,
 * cards, due }]. Bounded by the topics (six) times the weeks asked for. Undefined for an unknown account.
 */
export async function readSkillTimeline(db: DatabaseOrTransaction, params: { userId: string; since: Date; now: Date }) {
  const since = sql`${params.since.toISOString()}::timestamptz`;
  const now = sql`${params.now.toISOString()}::timestamptz`;
  const week = sql.raw(`date_trunc('week', turn.evaluated_at at time zone 'UTC') at time zone 'UTC'`);
  const [row] = await db
    .select({
      weeks: sql<unknown>`coalesce((
        select json_agg(json_build_object(
          'topic', weekly.topic, 'weekStartMs', weekly.week_ms, 'meanScore', weekly.mean_score, 'answers', weekly.answers
        ) order by weekly.topic, weekly.week_ms)
        from (
          select turn.topic, ${epochMs(week)} as week_ms,
            round(avg(turn.score)::numeric, 2)::float8 as mean_score, count(*)::int as answers
          from interview_turns as turn
          join interviews as interview on interview.id = turn.interview_id
          where interview.user_id = ${ownerId}
            -- An interview lasts hours at most: one started a day before the window cannot have answers in it.
            and interview.created_at >= ${since} - interval '1 day'
            and turn.evaluated_at >= ${since} and turn.score is not null
          group by turn.topic, week_ms
        ) as weekly
      ), '[]'::json)`,
      cards: sql<unknown>`coalesce((
        select json_agg(json_build_object('topic', per_topic.topic, 'cards', per_topic.cards, 'due', per_topic.due))
        from (
          select topic, count(*)::int as cards, (count(*) filter (where due_at <= ${now}))::int as due
          from drill_cards where user_id = ${ownerId} group by topic
        ) as per_topic
      ), '[]'::json)`,
    })
    .from(users)
    .where(eq(users.id, params.userId));
  return row;
}

/** The user's newest drill still running or paused, if any (drill.start resumes it rather than open a second). */
export async function findOpenDrill(db: DatabaseOrTransaction, params: { userId: string }) {
  const [row] = await db
    .select({ id: interviews.id })
    .from(interviews)
    .where(
      and(
        eq(interviews.userId, params.userId),
        eq(interviews.kind, "drill"),
        inArray(interviews.status, ["active", "paused"]),
      ),
    )
    .orderBy(desc(interviews.createdAt))
    .limit(1);
  return row;
}
