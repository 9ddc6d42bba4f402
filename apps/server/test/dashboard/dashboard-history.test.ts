// dashboard.history: every interview, newest first, a bounded page at a time, to the very first one;
// each row says what the interview was for (role), its topics, progress and times. A page is two
// statements (the viewer, then the page with its cursor position read inside the same statement).

import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { createTestClock, MINUTE } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ANSWER =
  "Use an index on the filtered columns, check the plan with EXPLAIN, avoid N+1 queries, cache hot reads, and replicate.";
const JOB_DESCRIPTION = `Junior Backend Engineer (Python)
Our data team needs a junior engineer to build FastAPI endpoints and write SQL queries against PostgreSQL.`;
const INTERVIEWS = 7;

describe("dashboard.history", () => {
  const clock = createTestClock();
  let ts: TestServer;
  let candidate: TestAccount;
  let other: TestAccount;
  /** Newest first, as the history lists them. */
  const created: string[] = [];

  beforeAll(async () => {
    ts = await startTestServer({ clock, env: { FREE_CREDITS_ON_SIGNUP: String(INTERVIEWS) }, mailWorker: false });
    candidate = await createVerifiedAccount(ts);
    other = await createVerifiedAccount(ts);
    for (let index = 0; index < INTERVIEWS; index += 1) {
      const view = await candidate.client.interview.create.mutate({
        topics: ["databases", "behavioral"],
        questionsPerTopic: 1,
        difficulty: "junior",
        jobDescription: index === 0 ? JOB_DESCRIPTION : null,
      });
      created.unshift(view.id);
      clock.advance(MINUTE);
    }
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("pages through every interview, newest first, to the end", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await candidate.client.dashboard.history.query({ cursor, limit: 3 });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(created);
  });

  it("says what each interview was for, what it covered, how far it got, and when", async () => {
    const oldestId = created.at(-1) ?? "";
    let view = await candidate.client.interview.get.query({ interviewId: oldestId });
    // The oldest one is finished: both planned questions answered.
    while (view.status === "active" && view.currentQuestion) {
      view = (
        await candidate.client.interview.answer.mutate({
          interviewId: view.id,
          turnId: view.currentQuestion.turnId,
          answer: ANSWER,
        })
      ).interview;
    }
    const page = await candidate.client.dashboard.history.query({ limit: 50 });
    expect(page.nextCursor).toBeNull();
    const oldest = page.items.at(-1);
    expect(oldest).toEqual({
      id: oldestId,
      status: "completed",
      endReason: "completed",
      title: "Junior Backend Engineer (Python)",
      difficulty: "junior",
      topics: [
        { topic: "databases", label: "Databases and Data Management" },
        { topic: "behavioral", label: "Behavioral" },
      ],
      answered: 2,
      planned: 2,
      overallPercent: expect.any(Number),
      createdAt: expect.any(Date),
      endedAt: expect.any(Date),
    });
    // Without a job description the plan names it; nothing answered yet.
    expect(page.items[0]).toMatchObject({
      id: created[0],
      status: "active",
      title: "Junior practice interview",
      answered: 0,
      planned: 2,
      overallPercent: null,
      endedAt: null,
    });
    expect((page.items[0]?.createdAt.getTime() ?? 0) - (page.items[1]?.createdAt.getTime() ?? 0)).toBe(MINUTE);
  });

  it("shows nobody else's interviews, and a cursor from someone else's history positions nothing", async () => {
    expect(await other.client.dashboard.history.query({})).toEqual({ items: [], nextCursor: null });
    expect(await other.client.dashboard.history.query({ cursor: created[0] })).toEqual({ items: [], nextCursor: null });
  });

  it("bounds the page size", async () => {
    const error = await errorOf(candidate.client.dashboard.history.query({ limit: 51 }));
    expect(error.data?.code).toBe("BAD_REQUEST");
  });

  it("reads the viewer, then the page in one statement: two statements", async () => {
    const first = await candidate.client.dashboard.history.query({ limit: 2 });
    const statements = await ts.database.statements.during(() =>
      candidate.client.dashboard.history.query({ cursor: first.nextCursor, limit: 2 }),
    );
    expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(2);
  });
});
