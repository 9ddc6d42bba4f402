// A plain Node script (no TypeScript, no build) that uses the published @interviewer/client: sign in,
// check credits, take a one-question interview with streamed feedback, and print the report.
//
//   INTERVIEWER_URL=http://localhost:3000 INTERVIEWER_EMAIL=you@example.com INTERVIEWER_PASSWORD=... node main.mjs
import { createInterviewerClient, followEvaluation, toInterviewerError } from "@interviewer/client";
import { EventSource } from "eventsource";

const client = createInterviewerClient({
  url: process.env.INTERVIEWER_URL ?? "http://localhost:3000",
  credentials: { email: process.env.INTERVIEWER_EMAIL ?? "", password: process.env.INTERVIEWER_PASSWORD ?? "" },
  EventSource, // Node 20 has no global EventSource; streaming needs one.
});

try {
  const me = await client.account.me.query();
  console.log(`signed in as ${me.email}`);
  console.log(`credits: ${(await client.billing.status.query()).usableCredits}`);

  const interview = await client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
  const question = interview.currentQuestion;
  console.log(`question: ${question.text}`);
  const turn = { interviewId: interview.id, turnId: question.turnId };
  await client.interview.submitAnswer.mutate({
    ...turn,
    answer: "Clarify requirements, estimate load, design the API, choose storage and caching, plan for failures.",
  });
  let streamed = 0;
  const evaluation = await followEvaluation(client, turn, {
    onEvent: (event) => {
      if (event.type === "feedback") streamed += event.text.length;
    },
  });
  console.log(`streamed feedback: ${streamed} characters`);
  console.log(`score: ${evaluation.score}/10`);

  const { report } = await client.interview.report.query({ interviewId: interview.id });
  console.log(`report: ${report.overallPercent}% (${report.verdict})`);

  // Typed errors: the one credit is spent, so the next interview cannot start.
  await client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: 1 }).catch((error) => {
    const typed = toInterviewerError(error);
    console.log(`next interview: ${typed.kind} (${typed.reason})`);
  });
  await client.signOut();
  console.log("signed out");
} catch (error) {
  const typed = toInterviewerError(error);
  console.error(`failed: ${typed.kind}: ${typed.message}`);
  process.exitCode = 1;
}
