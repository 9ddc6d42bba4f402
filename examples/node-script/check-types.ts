// Compiled (not run) by `npm run typecheck`: proves the published declarations carry the whole API's
// types to an app outside the monorepo. If they degraded to `any`, the @ts-expect-error lines would
// themselves be errors.
import { createInterviewerClient, type InterviewerError, type RouterOutputs } from "@interviewer/client";
import { createFileTokenStore } from "@interviewer/client/node";

const client = createInterviewerClient({
  url: "http://localhost:3000",
  tokenStore: createFileTokenStore("/tmp/interviewer-example-session.json"),
});

export async function creditsLeft(): Promise<number> {
  const status = await client.billing.status.query();
  return status.usableCredits;
}

export type Score = RouterOutputs["interview"]["answer"]["evaluation"]["score"];
export const passingScore: Score = 7;

export function explain(error: InterviewerError): string {
  return error.kind === "rate_limited" ? `wait ${error.retryAfterSeconds ?? 0}s` : error.message;
}

export async function typeErrorsAreCaught(): Promise<void> {
  // @ts-expect-error questionsPerTopic is a number
  await client.interview.create.mutate({ questionsPerTopic: "two" });
  // @ts-expect-error there is no such procedure
  await client.interview.doesNotExist.query();
  // @ts-expect-error a score is a number, not a string
  const wrong: Score = "7";
  void wrong;
}
