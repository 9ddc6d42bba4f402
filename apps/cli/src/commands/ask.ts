// `interviewer ask "<question>" [--interview id]` and `interviewer hint [--interview id]`: a clarifying
// question about the open question of a running interview, or its next hint (nudge, direction, key
// insight). Neither uses up the question or a credit; a hint lowers the highest score the answer can
// get, and the output says so. Without an id, the newest running interview.
import type { RouterOutputs } from "@interviewer/client";
import { type CliContext, CommandFailed } from "../cli-context.ts";

type Asked = RouterOutputs["interview"]["ask"];

export async function askClarifyingQuestion(ctx: CliContext, question: string, options: { interview?: string }) {
  const ids = await openQuestionIds(ctx, options.interview);
  const asked = await ctx.client.interview.ask.mutate({ ...ids, kind: "clarification", question });
  printAssist(ctx, asked);
}

export async function takeHint(ctx: CliContext, options: { interview?: string }) {
  const ids = await openQuestionIds(ctx, options.interview);
  const asked = await ctx.client.interview.ask.mutate({ ...ids, kind: "hint" });
  printAssist(ctx, asked);
}

function printAssist(ctx: CliContext, asked: Asked) {
  const { output } = ctx;
  const c = output.color;
  const { assist, counts } = asked;
  if (assist.kind === "clarification") {
    output.line(`${c.bold("Interviewer:")} ${assist.reply}`);
    output.line(c.dim(`${counts.clarificationsLeft} clarifying question(s) left for this question.`));
  } else {
    output.line(`${c.bold(`Hint ${assist.level} of 3:`)} ${assist.text}`);
    output.line(
      c.dim(`Your score for this question is now capped at ${counts.scoreCeiling}. ${counts.hintsLeft} hint(s) left.`),
    );
  }
  output.result({ assist, counts });
}

async function openQuestionIds(ctx: CliContext, interviewId: string | undefined) {
  const id = interviewId ?? (await newestRunningInterview(ctx));
  const view = await ctx.client.interview.get.query({ interviewId: id });
  const question = view.currentQuestion;
  if (view.status !== "active" || !question || question.evaluationStatus !== "awaiting_answer") {
    throw new CommandFailed(
      view.status === "paused"
        ? `The interview is paused. Continue it with: interviewer resume ${view.id}`
        : "This interview has no question waiting for an answer.",
    );
  }
  return { interviewId: view.id, turnId: question.turnId };
}

async function newestRunningInterview(ctx: CliContext): Promise<string> {
  const { items } = await ctx.client.interview.list.query({ limit: 10 });
  const running = items.find((item) => item.status === "active");
  if (!running) throw new CommandFailed("You have no running interview. Start one with `interviewer start`.");
  return running.id;
}
