// Taking an interview in the terminal: start one (or resume one), then question by question read the
// answer (lines ended by "." or Ctrl-D, or the editor for code), stream the feedback as it is written,
// show the score, and finish with the report. The server decides what comes next; this only shows it.
import { readFile } from "node:fs/promises";
import {
  type AnswerEvaluation,
  followEvaluation,
  type RouterInputs,
  type RouterOutputs,
  toInterviewerError,
} from "@interviewer/client";
import { type CliContext, CommandFailed } from "../cli-context.ts";
import { printEvaluation, printReport, progressLine } from "../format.ts";
import { editorCommand, writeAnswerInEditor } from "../terminal/editor.ts";

type InterviewView = RouterOutputs["interview"]["get"];
type InterviewPlanInput = RouterInputs["interview"]["create"];

export interface StartOptions {
  jd?: string;
  difficulty?: string;
  topics?: string;
  questions?: string;
  language?: string;
  timeLimit?: string;
}

export async function startInterview(ctx: CliContext, options: StartOptions): Promise<void> {
  const plan: InterviewPlanInput = {
    ...(options.topics ? { topics: splitList(options.topics) as InterviewPlanInput["topics"] } : {}),
    ...(options.difficulty ? { difficulty: options.difficulty as InterviewPlanInput["difficulty"] } : {}),
    ...(options.questions ? { questionsPerTopic: Number(options.questions) } : {}),
    ...(options.language ? { language: options.language } : {}),
    ...(options.timeLimit ? { timeLimitMinutes: Number(options.timeLimit) } : {}),
    ...(options.jd ? { jobDescription: await readJobDescription(options.jd) } : {}),
  };
  const view = await ctx.client.interview.create.mutate(plan);
  ctx.output.line(ctx.output.color.bold(`Interview ${view.id} started (one credit used).`));
  ctx.output.line(
    ctx.output.color.dim(
      'End each answer with a line holding only "." (or Ctrl-D). Commands: /edit, /skip, /pause, /abandon.',
    ),
  );
  await runInterview(ctx, view);
}

export async function resumeInterview(ctx: CliContext, interviewId: string): Promise<void> {
  let view = await ctx.client.interview.get.query({ interviewId });
  // Resuming also writes the next question of a running interview that is owed one.
  if (view.status === "paused" || (view.status === "active" && !view.currentQuestion)) {
    view = await ctx.client.interview.resume.mutate({ interviewId });
  }
  await runInterview(ctx, view);
}

async function runInterview(ctx: CliContext, started: InterviewView): Promise<void> {
  const { output } = ctx;
  const c = output.color;
  const answered: Array<{ question: string; answer: string; evaluation: AnswerEvaluation }> = [];
  let view = started;
  let stopped: "paused" | "input_ended" | undefined;
  ctx.input.onInterrupt(() => {
    // Ctrl-C at a prompt: keep the interview for later instead of letting its timer run.
    void ctx.client.interview.pause.mutate({ interviewId: view.id }).finally(() => {
      output.line(`\nPaused. Continue with: interviewer resume ${view.id}`);
      process.exit(130);
    });
  });

  while (view.status === "active" && view.currentQuestion) {
    const question = view.currentQuestion;
    output.line();
    output.line(c.cyan(progressLine(view)));
    output.line(c.bold(question.text));
    if (question.isCoding && editorCommand(ctx.env) && ctx.interactive) {
      output.line(c.dim("Type /edit to write this answer in your editor."));
    }
    const answer = await readAnswer(ctx, question.text, question.isCoding);
    if (answer.command === "pause") {
      view = await ctx.client.interview.pause.mutate({ interviewId: view.id });
      stopped = "paused";
      break;
    }
    if (answer.command === "abandon") {
      view = await ctx.client.interview.abandon.mutate({ interviewId: view.id });
      break;
    }
    if (answer.command !== "skip" && answer.text.trim() === "") {
      // Input ended before anything was typed (e.g. Ctrl-D at the prompt): keep the interview for later.
      view = await ctx.client.interview.pause.mutate({ interviewId: view.id });
      stopped = "input_ended";
      break;
    }
    const input = { interviewId: view.id, turnId: question.turnId };
    const submitted = await (answer.command === "skip"
      ? ctx.client.interview.skipQuestion.mutate(input)
      : ctx.client.interview.submitAnswer.mutate({ ...input, answer: answer.text })
    ).catch((error: unknown) => {
      // The time limit passed while typing: the server ended the interview; show its report.
      if (toInterviewerError(error).reason === "TIME_UP") return undefined;
      throw error;
    });
    if (!submitted) {
      output.line(c.yellow("Time is up: the interview ended before this answer."));
      view = await ctx.client.interview.get.query({ interviewId: view.id });
      break;
    }
    view = submitted;
    output.line(c.dim("Feedback:"));
    const evaluation = await followEvaluation(ctx.client, input, {
      onEvent(event) {
        if (event.type === "feedback") output.write(event.text);
        else if (event.type === "reset") output.write(c.dim("\n(the grader started over)\n"));
      },
    });
    output.line();
    printEvaluation(output, evaluation);
    answered.push({ question: question.text, answer: answer.text, evaluation });
    view = await ctx.client.interview.get.query({ interviewId: view.id });
  }

  output.line();
  if (view.status === "paused") {
    output.line(
      `${stopped === "input_ended" ? "Input ended; the" : "The"} interview is paused. Continue with: interviewer resume ${view.id}`,
    );
    output.result({ interview: view, answered, report: null });
    return;
  }
  if (view.status !== "completed" && view.status !== "abandoned") {
    throw new CommandFailed(`The interview is ${view.status}.`);
  }
  const { report } = await ctx.client.interview.report.query({ interviewId: view.id });
  output.line(c.bold(view.status === "completed" ? "Interview complete." : "Interview abandoned."));
  printReport(output, report);
  output.line(c.dim(`Full report: interviewer report ${view.id} --markdown`));
  output.result({ interview: view, answered, report });
}

type AnswerInput = { command?: "pause" | "abandon" | "skip"; text: string };

async function readAnswer(ctx: CliContext, questionText: string, isCoding: boolean): Promise<AnswerInput> {
  if (ctx.interactive) ctx.output.write(ctx.output.color.dim("> "));
  const { text } = await ctx.input.readAnswer();
  const command = text.trim();
  if (command === "/pause") return { command: "pause", text: "" };
  if (command === "/abandon") return { command: "abandon", text: "" };
  if (command === "/skip") return { command: "skip", text: "" };
  if (command === "/edit") {
    const editor = editorCommand(ctx.env);
    if (!editor) {
      ctx.output.line("Set $EDITOR (e.g. export EDITOR=vim) to write answers in an editor. Type your answer:");
      return readAnswer(ctx, questionText, isCoding);
    }
    const header = `${questionText
      .split("\n")
      .map((line) => `// ${line}`)
      .join("\n")}\n// Write your answer below; save and close the editor to submit.\n`;
    const written = await writeAnswerInEditor(editor, header, isCoding ? "txt" : "md");
    ctx.output.line(written.trim());
    return { text: written };
  }
  return { text };
}

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

async function readJobDescription(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new CommandFailed(`Could not read the job description ${file}: ${(error as Error).message}`);
  }
}
