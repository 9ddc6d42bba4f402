// Interviews run through the API rather than the room: for tests about what other pages (dashboard,
// report, drills, sharing) make of a finished interview, not about answering one.
import type { RouterInputs, RouterOutputs } from "@interviewer/api";
import type { TestAccount } from "@interviewer/testing/accounts";
import { expect } from "vitest";

type ApiClient = TestAccount["client"];
type InterviewView = RouterOutputs["interview"]["create"];

// One follow-up per planned question at most, so a plan of a few questions ends long before this.
const MOST_ANSWERS = 20;

/** Creates an interview with `plan`, answers every question (follow-ups included) with `answer`, and expects it completed. */
export async function completeInterview(
  client: ApiClient,
  plan: RouterInputs["interview"]["create"],
  answer: string,
): Promise<InterviewView> {
  let view = await client.interview.create.mutate(plan);
  for (let answers = 0; view.status === "active" && view.currentQuestion && answers < MOST_ANSWERS; answers += 1) {
    view = (await client.interview.answer.mutate({ interviewId: view.id, turnId: view.currentQuestion.turnId, answer }))
      .interview;
  }
  expect(view.status).toBe("completed");
  return view;
}
