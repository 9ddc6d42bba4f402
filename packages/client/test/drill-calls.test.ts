// Drills through the client against the real server: an app sees what is due, starts a free drill (or
// gets NOTHING_DUE as a typed error it can switch on), answers it with the interview procedures, and
// reads the rescheduled cards and the skill view, all fully typed.
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { createTestClock, DAY } from "@interviewer/testing/test-clock";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { EventSource } from "eventsource";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createInterviewerClient,
  type InterviewerClient,
  type RouterOutputs,
  toInterviewerError,
} from "../src/index.ts";

type DrillCard = RouterOutputs["drill"]["due"]["cards"][number];

describe("drills through the client", () => {
  let ts: TestServer;
  let client: InterviewerClient;
  const start = new Date("2026-03-04T10:00:00.000Z");
  beforeAll(async () => {
    ts = await startTestServer({ clock: createTestClock(start), env: { FREE_CREDITS_ON_SIGNUP: "1" } });
    const account = await createVerifiedAccount(ts);
    client = createInterviewerClient({
      url: ts.url,
      EventSource,
      credentials: { email: account.email, password: account.password },
    });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("nothing due is a typed NOTHING_DUE; after a graded interview a drill reschedules the due cards", async () => {
    const refused = await client.drill.start.mutate().then(
      () => undefined,
      (error: unknown) => toInterviewerError(error),
    );
    expect(refused).toMatchObject({ kind: "server", code: "PRECONDITION_FAILED", reason: "NOTHING_DUE" });

    let view = await client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    while (view.status === "active" && view.currentQuestion) {
      view = (
        await client.interview.answer.mutate({
          interviewId: view.id,
          turnId: view.currentQuestion.turnId,
          answer: "I would put a load balancer in front of the servers.",
        })
      ).interview;
    }
    const due = await client.drill.due.query();
    expect(due.dueNow).toBeGreaterThan(0);
    const dueIds = due.cards.map((card: DrillCard) => card.id).sort();

    let drill = await client.drill.start.mutate();
    expect(drill.plan.drill?.flatMap((item) => item.cardIds).sort()).toEqual(dueIds);
    while (drill.status === "active" && drill.currentQuestion) {
      drill = (
        await client.interview.answer.mutate({
          interviewId: drill.id,
          turnId: drill.currentQuestion.turnId,
          answer: "I don't know.",
        })
      ).interview;
    }
    expect(drill.status).toBe("completed");

    const cards = await client.drill.cards.query({ limit: 100 });
    expect(cards.cards.map((card) => card.id).sort()).toEqual(dueIds);
    for (const card of cards.cards) expect(card.dueAt).toEqual(new Date(start.getTime() + DAY));
    expect((await client.drill.due.query()).dueNow).toBe(0);

    const skills = await client.drill.skills.query({ weeks: 2 });
    const systemDesign = skills.topics.find((topic) => topic.topic === "system-design");
    expect(systemDesign).toMatchObject({ topicLabel: "System Design", cards: dueIds.length, dueCards: 0 });
    expect(systemDesign?.weeks[0]?.answers).toBeGreaterThanOrEqual(2);
  });
});
