// `interviewer answer [id] --file solution.py [--run]`: answer the open question of a running
// interview from a file. With --run, the code runs against the question's visible examples and
// nothing is submitted (as the web's Run button); without it, the file is the answer: code in a
// language that runs is also run against the hidden tests, then graded with their result.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { followEvaluation, type RouterInputs, type RouterOutputs } from "@interviewer/client";
import { type CliContext, CommandFailed } from "../cli-context.ts";
import { printCodeRunResult, printEvaluation, progressLine } from "../format.ts";

type RunnableLanguage = RouterInputs["interview"]["runCode"]["language"];
type InterviewView = RouterOutputs["interview"]["get"];

export interface AnswerOptions {
  file: string;
  language?: string;
  run?: boolean;
}

const LANGUAGE_NAMES: Record<string, RunnableLanguage> = {
  javascript: "javascript",
  js: "javascript",
  typescript: "typescript",
  ts: "typescript",
  python: "python",
  py: "python",
};

const EXTENSIONS: Record<string, RunnableLanguage> = {
  ".js": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".ts": "typescript",
  ".mts": "typescript",
  ".py": "python",
};

export async function answerFromFile(ctx: CliContext, interviewId: string | undefined, options: AnswerOptions) {
  const { output } = ctx;
  const c = output.color;
  const code = await readSolution(options.file);
  // A file that cannot run is refused before anything is asked of the server.
  if (options.run && !options.language && languageOfFile(options.file) === undefined) {
    throw new CommandFailed(notRunnable(options.file));
  }
  const view = await ctx.client.interview.get.query({ interviewId: interviewId ?? (await runningInterviewId(ctx)) });
  const question = view.currentQuestion;
  if (view.status !== "active" || !question || question.evaluationStatus !== "awaiting_answer") {
    throw new CommandFailed(
      view.status === "paused"
        ? `The interview is paused. Continue it with: interviewer resume ${view.id}`
        : "This interview has no question waiting for an answer.",
    );
  }
  const language = languageOf(options, view);
  output.line(c.cyan(progressLine(view)));
  output.line(c.bold(question.text));

  if (options.run) {
    if (!question.runnable) {
      throw new CommandFailed("This question's code does not run: it is graded by reading your answer.");
    }
    if (!language || !question.runnable.languages.includes(language))
      throw new CommandFailed(notRunnable(options.file));
    const result = await ctx.client.interview.runCode.mutate({
      interviewId: view.id,
      turnId: question.turnId,
      language,
      code,
    });
    printCodeRunResult(output, result, "examples");
    output.line(c.dim(`Submit it with: interviewer answer ${view.id} --file ${options.file}`));
    output.result({ interviewId: view.id, turnId: question.turnId, result });
    return;
  }

  const input = { interviewId: view.id, turnId: question.turnId };
  const runs = question.runnable !== null && language !== undefined && question.runnable.languages.includes(language);
  const submitted = await ctx.client.interview.submitAnswer.mutate({
    ...input,
    answer: code,
    ...(runs ? { language } : {}),
  });
  const codeResult =
    submitted.currentQuestion?.turnId === question.turnId ? submitted.currentQuestion.codeResult : null;
  if (codeResult) printCodeRunResult(output, codeResult, "hidden");
  else if (question.runnable)
    output.line(c.dim("The code did not run (not a language that runs); it is graded by reading."));
  output.line(c.dim("Feedback:"));
  const evaluation = await followEvaluation(ctx.client, input, {
    onEvent(event) {
      if (event.type === "feedback") output.write(event.text);
    },
  });
  output.line();
  printEvaluation(output, evaluation);
  const after = await ctx.client.interview.get.query({ interviewId: view.id });
  if (after.status === "active" && after.currentQuestion) {
    output.line(c.dim(`Next question waiting. Continue with: interviewer resume ${view.id}`));
  } else {
    output.line(c.dim(`Interview ${after.status}. See the report: interviewer report ${view.id}`));
  }
  output.result({ interviewId: view.id, turnId: question.turnId, codeResult, evaluation });
}

/**
 * --language wins; then the file's extension; a file without one (or .txt) is in the interview's
 * language. Undefined: not a language that runs (solution.go is graded by reading).
 */
function languageOf(options: AnswerOptions, view: InterviewView): RunnableLanguage | undefined {
  if (options.language) {
    const named = LANGUAGE_NAMES[options.language.toLowerCase()];
    if (!named)
      throw new CommandFailed(`--language must be javascript, typescript or python (got ${options.language}).`);
    return named;
  }
  const fromFile = languageOfFile(options.file);
  return fromFile === "interview" ? LANGUAGE_NAMES[view.plan.language.toLowerCase()] : fromFile;
}

/** The language a file's extension names; "interview" for a file without one (or .txt). */
function languageOfFile(file: string): RunnableLanguage | "interview" | undefined {
  const extension = path.extname(file).toLowerCase();
  return extension === "" || extension === ".txt" ? "interview" : EXTENSIONS[extension];
}

function notRunnable(file: string): string {
  return `${path.basename(file)} is not in a language that runs here: JavaScript (.js), TypeScript (.ts) and Python (.py) run (or name one with --language); other languages are graded by reading.`;
}

/** The newest running interview, for `interviewer answer --file …` without an id. */
async function runningInterviewId(ctx: CliContext): Promise<string> {
  const { items } = await ctx.client.interview.list.query({ limit: 10 });
  const running = items.find((item) => item.status === "active");
  if (!running) throw new CommandFailed("You have no running interview. Start one with `interviewer start`.");
  return running.id;
}

async function readSolution(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new CommandFailed(`Could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (text.trim() === "") throw new CommandFailed(`${file} is empty.`);
  return text;
}
