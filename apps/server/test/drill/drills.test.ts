// drill.* through the real server on both engines, with the built-in interviewer: a graded interview
// answer with missed key points makes drill cards that are due at once; drill.start runs a free drill
// on them (the missed question asked again), each graded drill answer moves its cards on the SM-2
// schedule with a review row, and the test clock makes them due again; drills never make cards and
// never count in the dashboard, history or interview list; another user's card is NOT_FOUND.
import type { RouterOutputs } from "@interviewer/api";
import { schema, upsertDrillCards } from "@interviewer/db";
import { clientWithToken, createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { createTestClock, DAY, MINUTE, type TestClock } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PARTIAL_ANSWER = "Use an index on the filtered columns and check the plan with EXPLAIN.";
type InterviewView = RouterOutputs["interview"]["get"];
type Transcript = RouterOutputs["interview"]["transcript"];

describe("drills on a spaced-repetition schedule", () => {
  let ts: TestServer;
  let clock: TestClock;
  beforeAll(async () => {
    clock = createTestClock(new Date("2026-03-04T10:00:00.000Z"));
    ts = await startTestServer({ clock, mailWorker: false, env: { FREE_CREDITS_ON_SIGNUP: "4" } });
  });
  afterAll(async () => {
    await ts.stop();
  });

  /** A one-question interview answered partly (follow-ups answered alike) until it ends. */
  async function interviewWithMissedPoints(
    account: TestAccount,
  ): Promise<{ view: InterviewView; transcript: Transcript }> {
    let view = await account.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 1 });
    while (view.status === "active" && view.currentQuestion) {
      view = (
        await account.client.interview.answer.mutate({
          interviewId: view.id,
          turnId: view.currentQuestion.turnId,
          answer: PARTIAL_ANSWER,
        })
      ).interview;
    }
    expect(view.status).toBe("completed");
    return { view, transcript: await account.client.interview.transcript.query({ interviewId: view.id }) };
  }

  /** The account signed in afresh: an access token lives less than the day a test moves the clock on. */
  async function signedInAgain(account: TestAccount): Promise<TestAccount> {
    const session = await ts.client.auth.login.mutate({
      email: account.email,
      password: account.password,
      refreshTokenDelivery: "body",
    });
    return { ...account, accessToken: session.accessToken, client: clientWithToken(ts, session.accessToken) };
  }

  /** Answers every question of a drill with `answerFor(question text)` until it ends. */
  async function takeDrill(account: TestAccount, view: InterviewView, answerFor: (question: string) => string) {
    let current = view;
    const asked: string[] = [];
    while (current.status === "active" && current.currentQuestion) {
      asked.push(current.currentQuestion.text);
      current = (
        await account.client.interview.answer.mutate({
          interviewId: current.id,
          turnId: current.currentQuestion.turnId,
          answer: answerFor(current.currentQuestion.text),
        })
      ).interview;
    }
    expect(current.status).toBe("completed");
    return { view: current, asked };
  }

  it("a graded interview answer with missed key points makes drill cards, due at once", async () => {
    const account = await createVerifiedAccount(ts);
    expect(await account.client.drill.due.query()).toEqual({
      dueNow: 0,
      dueToday: 0,
      total: 0,
      nextDueAt: null,
      cards: [],
    });

    const { transcript } = await interviewWithMissedPoints(account);
    const first = transcript.turns[0];
    const missed = first?.evaluation?.keyPointsMissed ?? [];
    expect(missed.length).toBeGreaterThan(0);

    const due = await account.client.drill.due.query();
    expect(due.total).toBeGreaterThanOrEqual(missed.length);
    expect(due.dueNow).toBe(due.total);
    expect(due.dueToday).toBe(due.total);
    const pointLabels = due.cards.filter((card) => card.kind === "key-point").map((card) => card.label.toLowerCase());
    for (const label of missed) expect(pointLabels).toContain(label.toLowerCase());
    for (const card of due.cards) {
      expect(card).toMatchObject({ topic: "databases", repetitions: 0, lapses: 0, lastReviewedAt: null });
      expect(card.dueAt.getTime()).toBeLessThanOrEqual(clock.now().getTime());
    }
    if ((first?.evaluation?.score ?? 10) < 7) {
      expect(due.cards.some((card) => card.kind === "topic" && card.label === "Databases and Data Management")).toBe(
        true,
      );
    }

    const page = await account.client.drill.cards.query({ limit: 100 });
    expect(page.cards.map((card) => card.id).sort()).toEqual(due.cards.map((card) => card.id).sort());
    expect(page.nextCursor).toBeNull();
    // The card list never carries the stored question's rubric.
    expect(JSON.stringify(page)).not.toContain("evidence");
  });

  it("drill.start with nothing due is NOTHING_DUE and starts nothing", async () => {
    const account = await createVerifiedAccount(ts);
    const error = await errorOf(account.client.drill.start.mutate());
    expect(error.data?.code).toBe("PRECONDITION_FAILED");
    expect(error.data?.reason).toBe("NOTHING_DUE");
    const rows = await ts.database.handle.db
      .select()
      .from(schema.interviews)
      .where(eq(schema.interviews.userId, account.userId));
    expect(rows).toEqual([]);
  });

  it("a drill is free, asks the missed question again, and each graded answer reschedules its cards", async () => {
    const account = await createVerifiedAccount(ts);
    const { transcript } = await interviewWithMissedPoints(account);
    const original = transcript.turns[0];
    const modelAnswer = original?.evaluation?.modelAnswer ?? original?.evaluation?.modelAnswerOutline.join(". ") ?? "";
    const before = await account.client.drill.due.query();
    const creditsBefore = (await account.client.dashboard.summary.query()).credits;

    const started = await account.client.drill.start.mutate();
    expect(started.plan.drill?.length).toBeGreaterThan(0);
    expect(started.plan.drill?.flatMap((item) => item.cardIds).sort()).toEqual(
      before.cards.map((card) => card.id).sort(),
    );
    expect(started.plan.timeLimitMinutes).toBeNull();
    expect((await account.client.dashboard.summary.query()).credits).toEqual(creditsBefore);

    const reviewedAt = clock.now();
    const { asked } = await takeDrill(account, started, (question) =>
      question === original?.question ? modelAnswer : "I don't know.",
    );
    expect(asked).toContain(original?.question);
    expect((await account.client.dashboard.summary.query()).credits).toEqual(creditsBefore);

    const after = await account.client.drill.cards.query({ limit: 100 });
    // Drills never make cards: the same cards, each moved a day on (a first success and a miss both wait a day).
    expect(after.cards.map((card) => card.id).sort()).toEqual(before.cards.map((card) => card.id).sort());
    for (const card of after.cards) {
      expect(card.lastReviewedAt).toEqual(reviewedAt);
      expect(card.dueAt).toEqual(new Date(reviewedAt.getTime() + DAY));
      expect(card.intervalDays).toBe(1);
      if (card.kind === "key-point") expect(card).toMatchObject({ repetitions: 1, lapses: 0 });
    }
    const reviews = await ts.database.handle.db
      .select()
      .from(schema.drillReviews)
      .where(eq(schema.drillReviews.userId, account.userId));
    expect(reviews).toHaveLength(after.cards.length);
    expect(reviews.every((review) => review.interviewId === started.id)).toBe(true);
    // Due tomorrow: not today by the UTC day, nor by a day that ends in an hour; by one that ends in
    // more than a day, yes (the end of a day is clamped to two days ahead).
    expect(await account.client.drill.due.query()).toMatchObject({
      dueNow: 0,
      dueToday: 0,
      nextDueAt: new Date(reviewedAt.getTime() + DAY),
    });
    const inAnHour = new Date(reviewedAt.getTime() + 60 * MINUTE);
    expect((await account.client.drill.due.query({ endOfDay: inAnHour })).dueToday).toBe(0);
    const farAhead = new Date(reviewedAt.getTime() + 30 * DAY);
    expect((await account.client.drill.due.query({ endOfDay: farAhead })).dueToday).toBe(after.cards.length);

    // A day later they are due again; missing them now counts a lapse and starts them over.
    clock.advance(DAY + MINUTE);
    const tomorrow = await signedInAgain(account);
    expect((await tomorrow.client.drill.due.query()).dueNow).toBe(after.cards.length);
    const again = await tomorrow.client.drill.start.mutate();
    expect(again.id).not.toBe(started.id);
    await takeDrill(tomorrow, again, () => "I don't know.");
    const missed = await tomorrow.client.drill.cards.query({ limit: 100 });
    for (const card of missed.cards) {
      expect(card).toMatchObject({ repetitions: 0, intervalDays: 1 });
      if (card.kind === "key-point") expect(card.lapses).toBe(1);
    }
    clock.advance(DAY + MINUTE);
  });

  it("drills leave the dashboard, history and interview list alone; the drill itself is readable", async () => {
    const account = await createVerifiedAccount(ts);
    const { view: interview } = await interviewWithMissedPoints(account);
    const summaryBefore = await account.client.dashboard.summary.query();
    const started = await account.client.drill.start.mutate();
    // Resuming, not a second drill, while this one is open.
    expect((await account.client.drill.start.mutate()).id).toBe(started.id);
    const summaryOpen = await account.client.dashboard.summary.query();
    expect(summaryOpen.resumable).toEqual(summaryBefore.resumable);
    const { view: finished } = await takeDrill(account, started, () => "I don't know.");

    const summary = await account.client.dashboard.summary.query();
    expect(summary.interviewCount).toBe(summaryBefore.interviewCount);
    expect(summary.scoreTrend).toEqual(summaryBefore.scoreTrend);
    expect(summary.topicAverages).toEqual(summaryBefore.topicAverages);
    expect(summary.readiness).toEqual(summaryBefore.readiness);
    const history = await account.client.dashboard.history.query({});
    expect(history.items.map((item) => item.id)).toEqual([interview.id]);
    const list = await account.client.interview.list.query({});
    expect(list.items.map((item) => item.id)).toEqual([interview.id]);

    const report = await account.client.interview.report.query({ interviewId: finished.id });
    expect(report.report.answeredQuestions).toBeGreaterThan(0);
    // A drill gives no readiness verdict: readiness comes from interviews.
    expect(report.report.verdict).toBeNull();
    expect(report.report.verdictReason).toMatch(/drill/i);
  });

  it("another user's card is NOT_FOUND and never listed; the owner can dismiss it", async () => {
    const owner = await createVerifiedAccount(ts);
    const stranger = await createVerifiedAccount(ts);
    await interviewWithMissedPoints(owner);
    const [card] = (await owner.client.drill.due.query()).cards;
    if (!card) throw new Error("expected a card");

    const error = await errorOf(stranger.client.drill.dismiss.mutate({ cardId: card.id }));
    expect(error.data?.code).toBe("NOT_FOUND");
    expect((await stranger.client.drill.cards.query({})).cards).toEqual([]);
    expect((await stranger.client.drill.cards.query({ cursor: card.id })).cards).toEqual([]);
    expect((await stranger.client.drill.due.query()).total).toBe(0);
    await expect(stranger.client.drill.start.mutate()).rejects.toMatchObject({ data: { reason: "NOTHING_DUE" } });

    const total = (await owner.client.drill.due.query()).total;
    expect(await owner.client.drill.dismiss.mutate({ cardId: card.id })).toEqual({ cardId: card.id });
    expect((await owner.client.drill.due.query()).total).toBe(total - 1);
    const again = await errorOf(owner.client.drill.dismiss.mutate({ cardId: card.id }));
    expect(again.data?.code).toBe("NOT_FOUND");
  });

  it("bad input is a typed BAD_REQUEST and changes nothing", async () => {
    const account = await createVerifiedAccount(ts);
    expect((await errorOf(account.client.drill.dismiss.mutate({ cardId: "not-a-card" }))).data?.code).toBe(
      "BAD_REQUEST",
    );
    expect((await errorOf(account.client.drill.cards.query({ limit: 0 }))).data?.code).toBe("BAD_REQUEST");
    expect((await errorOf(account.client.drill.cards.query({ limit: 101 }))).data?.code).toBe("BAD_REQUEST");
    expect((await errorOf(account.client.drill.skills.query({ weeks: 27 }))).data?.code).toBe("BAD_REQUEST");
  });

  it("a point missed again in an interview starts its card over, counts a lapse and makes it due now", async () => {
    const account = await createVerifiedAccount(ts);
    const { view } = await interviewWithMissedPoints(account);
    const [card] = (await account.client.drill.cards.query({})).cards;
    if (!card) throw new Error("expected a card");
    const db = ts.database.handle.db;
    const [row] = await db.select().from(schema.drillCards).where(eq(schema.drillCards.id, card.id));
    if (!row) throw new Error("expected the card's row");
    const later = new Date(clock.now().getTime() + 3 * DAY);
    await db
      .update(schema.drillCards)
      .set({ repetitions: 2, intervalDays: 6, dueAt: later })
      .where(eq(schema.drillCards.id, card.id));

    const now = clock.now();
    await upsertDrillCards(db, {
      userId: account.userId,
      sourceInterviewId: view.id,
      now,
      cards: [{ kind: row.kind, skillKey: row.skillKey, topic: row.topic, label: row.label, question: null }],
    });
    const [missedAgain] = await db.select().from(schema.drillCards).where(eq(schema.drillCards.id, card.id));
    expect(missedAgain).toMatchObject({ repetitions: 0, intervalDays: 0, lapses: 1, dueAt: now });
    // The stored question is kept when the upsert brings none.
    expect(missedAgain?.question).toEqual(row.question);
    expect((await account.client.drill.cards.query({})).cards).toHaveLength(
      (await account.client.drill.due.query()).total,
    );
  });

  it("the skill view shows each topic's weekly strength and its cards, in a fixed number of statements", async () => {
    const account = await createVerifiedAccount(ts);
    const { transcript } = await interviewWithMissedPoints(account);
    const scores = transcript.turns.flatMap((turn) => (turn.evaluation ? [turn.evaluation.score] : []));
    const skills = await account.client.drill.skills.query({ weeks: 4 });
    expect(skills.topics.map((topic) => topic.topic)).toEqual(["databases"]);
    const [databases] = skills.topics;
    const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    expect(databases?.weeks).toEqual([
      {
        weekStart: new Date("2026-03-02T00:00:00.000Z"),
        meanScore: Math.round(mean * 100) / 100,
        answers: scores.length,
      },
    ]);
    expect(databases?.strengthPercent).toBeCloseTo(mean * 10, 0);
    expect(databases?.cards).toBe((await account.client.drill.due.query()).total);
    expect(databases?.dueCards).toBe(databases?.cards);
    expect(skills.since).toEqual(new Date("2026-02-09T00:00:00.000Z"));

    for (const call of [
      () => account.client.drill.skills.query({}),
      () => account.client.drill.due.query(),
      () => account.client.drill.cards.query({}),
    ]) {
      const statements = await ts.database.statements.during(call);
      // The session check and one read.
      expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(2);
    }
  });

  it("a drill answer reschedules its cards with two statements: the cards locked, then one write for schedule and reviews", async () => {
    const account = await createVerifiedAccount(ts);
    await interviewWithMissedPoints(account);
    const drill = await account.client.drill.start.mutate();
    const turnId = drill.currentQuestion?.turnId ?? "";
    const answer = await ts.database.statements.during(() =>
      account.client.interview.answer.mutate({ interviewId: drill.id, turnId, answer: "I don't know." }),
    );
    // An interview answer's nine, with the card upsert replaced by these two.
    expect(answer.length, answer.join("\n")).toBeLessThanOrEqual(10);
    expect(answer.filter((sql) => /from "drill_cards".* for update/is.test(sql))).toHaveLength(1);
    expect(answer.filter((sql) => /insert into drill_reviews/i.test(sql))).toHaveLength(1);
    expect(answer.filter((sql) => /^insert into "drill_cards"/i.test(sql))).toEqual([]);
  });

  it("drill starts are limited per account per day", async () => {
    const account = await createVerifiedAccount(ts);
    const refusals: string[] = [];
    for (let call = 0; call < 21; call += 1) {
      // Nothing is due, so every allowed start is NOTHING_DUE; it still counts against the day's starts.
      refusals.push(String((await errorOf(account.client.drill.start.mutate())).data?.reason));
    }
    expect(refusals.slice(0, 20).every((reason) => reason === "NOTHING_DUE")).toBe(true);
    expect(refusals.at(-1)).toBe("RATE_LIMITED");
  });
});
