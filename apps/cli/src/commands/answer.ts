// `interviewer answer [id] --file solution.py [--run]` / `interviewer answer [id] --skip`: answer (or
// skip) the open question of a running interview. With --run, the code runs against the question's
// visible examples and nothing is submitted (as the web's Run button); without it, the file is the
// answer: a code file is sent as code with its language (solution.sql as SQL, solution.go as Go),
// and code in a language that runs is also run against the hidden tests, then graded with their
// result; a .txt or .md file (or one without an extension) is prose, or code in the interview's
// language when that runs and the question has tests. --skip submits "I don't know" (it scores 1).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { followEvaluation, type RouterInputs, type RouterOutputs } from "@interviewer/client";
import { type CliContext, CommandFailed } from "../cli-context.ts";
import { printCodeRunResult, printEvaluation, progressLine } from "../format.ts";

type RunnableLanguage = RouterInputs["interview"]["runCode"]["language"];
type InterviewView = RouterOutputs["interview"]["get"];
type CodeRunResult = RouterOutputs["interview"]["runCode"];

export interface AnswerOptions {
  file?: string;
  language?: string;
  run?: boolean;
  skip?: boolean;
}

const LANGUAGE_NAMES: Record<string, RunnableLanguage> = {
  javascript: "javascript",
  js: "javascript",
  typescript: "typescript",
  ts: "typescript",
  python: "python",
  py: "python",
};

/** The editor label of a runtime, as the server names languages in `code`. */
const RUNTIME_LABELS: Record<RunnableLanguage, string> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  python: "Python",
};

/** Code files in languages that are read, not run: their extension names the language. */
const READ_LANGUAGE_LABELS: Record<string, string> = {
  ".sql": "SQL",
  ".go": "Go",
  ".sh": "Bash",
  ".bash": "Bash",
  ".java": "Java",
  ".kt": "Kotlin",
  ".cs": "C#",
  ".c": "C",
  ".h": "C",
  ".cc": "C++",
  ".cpp": "C++",
  ".rs": "Rust",
  ".rb": "Ruby",
  ".php": "PHP",
  ".scala": "Scala",
  ".swift": "Swift",
  ".ex": "Elixir",
  ".pseudo": "Pseudo-code",
};

/** Files that hold prose, not code. */
const PROSE_EXTENSIONS = new Set(["", ".txt", ".md"]);

const EXTENSIONS: Record<string, RunnableLanguage> = {
  ".js": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".ts": "typescript",
  ".mts": "typescript",
  ".py": "python",
};

export async function answerFromFile(ctx: CliContext, interviewId: string | undefined, options: AnswerOptions) {
  if (options.skip && (options.file || options.run)) {
    throw new CommandFailed("--skip submits no answer: leave out --file and --run.");
  }
  if (!options.skip && !options.file) throw new CommandFailed("Give the answer with --file <path>, or --skip.");
  const file = options.file ?? "";
  const code = options.skip ? "" : await readSolution(file);
  // A file that cannot run is refused before anything is asked of the server.
  if (options.run && !options.language && languageOfFile(file) === undefined) {
    throw new CommandFailed(notRunnable(file));
  }
  const view = await openQuestionOf(ctx, interviewId ?? (await runningInterviewId(ctx)));
  const question = view.currentQuestion;
  const { output } = ctx;
  const c = output.color;
  output.line(c.cyan(progressLine(view)));
  output.line(c.bold(question.text));
  const input = { interviewId: view.id, turnId: question.turnId };
  if (options.skip) {
    await ctx.client.interview.skipQuestion.mutate(input);
    output.line(c.dim("Skipped. Feedback:"));
    await showEvaluation(ctx, input, null);
    return;
  }
  const language = languageOf(options, view);

  if (options.run) {
    if (!question.runnable) {
      throw new CommandFailed("This question's code does not run: it is graded by reading your answer.");
    }
    if (!language || !question.runnable.languages.includes(language)) throw new CommandFailed(notRunnable(file));
    const result = await ctx.client.interview.runCode.mutate({
      interviewId: view.id,
      turnId: question.turnId,
      language,
      code,
    });
    printCodeRunResult(output, result, "examples");
    output.line(c.dim(`Submit it with: interviewer answer ${view.id} --file ${file}`));
    output.result({ interviewId: view.id, turnId: question.turnId, result });
    return;
  }

  const submitted = await ctx.client.interview.submitAnswer.mutate({ ...input, ...submission(options, view, code) });
  const codeResult =
    submitted.currentQuestion?.turnId === question.turnId ? submitted.currentQuestion.codeResult : null;
  if (codeResult) printCodeRunResult(output, codeResult, "hidden");
  else if (question.runnable)
    output.line(c.dim("The code did not run (not a language that runs); it is graded by reading."));
  output.line(c.dim("Feedback:"));
  await showEvaluation(ctx, input, codeResult);
}

type OpenQuestionView = InterviewView & { currentQuestion: NonNullable<InterviewView["currentQuestion"]> };

/** The interview, refused unless it is running with a question waiting for its answer. */
async function openQuestionOf(ctx: CliContext, interviewId: string): Promise<OpenQuestionView> {
  const view = await ctx.client.interview.get.query({ interviewId });
  const question = view.currentQuestion;
  if (view.status !== "active" || !question || question.evaluationStatus !== "awaiting_answer") {
    throw new CommandFailed(
      view.status === "paused"
        ? `The interview is paused. Continue it with: interviewer resume ${view.id}`
        : "This interview has no question waiting for an answer.",
    );
  }
  return { ...view, currentQuestion: question };
}

/** Follows the evaluation of the stored answer (or skip), prints it, and says what comes next. */
async function showEvaluation(
  ctx: CliContext,
  input: { interviewId: string; turnId: string },
  codeResult: CodeRunResult | null,
) {
  const { output } = ctx;
  const c = output.color;
  const evaluation = await followEvaluation(ctx.client, input, {
    onEvent(event) {
      if (event.type === "feedback") output.write(event.text);
    },
  });
  output.line();
  printEvaluation(output, evaluation);
  const after = await ctx.client.interview.get.query({ interviewId: input.interviewId });
  if (after.status === "active" && after.currentQuestion) {
    output.line(c.dim(`Next question waiting. Continue with: interviewer resume ${input.interviewId}`));
  } else {
    output.line(c.dim(`Interview ${after.status}. See the report: interviewer report ${input.interviewId}`));
  }
  output.result({ interviewId: input.interviewId, turnId: input.turnId, codeResult, evaluation });
}

/**
 * What the file is as an answer: code with its language label (the server runs it when the label
 * names a language that runs and the question has tests); a text file is prose, unless it answers a
 * question with tests in the interview's language and that language runs (then it is that code).
 */
function submission(options: AnswerOptions, view: OpenQuestionView, text: string) {
  const extension = path.extname(options.file ?? "").toLowerCase();
  const runtime = languageOf(options, view);
  const asCode = (label: string) => ({ answer: "", code: { language: label, source: text } });
  if (PROSE_EXTENSIONS.has(extension) && !options.language) {
    const runs = runtime !== undefined && view.currentQuestion.runnable?.languages.includes(runtime) === true;
    return runtime !== undefined && runs ? asCode(RUNTIME_LABELS[runtime]) : { answer: text };
  }
  if (runtime) return asCode(RUNTIME_LABELS[runtime]);
  return asCode(READ_LANGUAGE_LABELS[extension] ?? extension.slice(1, 41));
}

/**
 * --language wins; then the file's extension; a text file (no extension, .txt or .md) is in the
 * interview's language. Undefined: not a language that runs (solution.go is graded by reading).
 */
function languageOf(options: AnswerOptions, view: InterviewView): RunnableLanguage | undefined {
  if (options.language) {
    const named = LANGUAGE_NAMES[options.language.toLowerCase()];
    if (!named)
      throw new CommandFailed(`--language must be javascript, typescript or python (got ${options.language}).`);
    return named;
  }
  const fromFile = languageOfFile(options.file ?? "");
  return fromFile === "interview" ? LANGUAGE_NAMES[view.plan.language.toLowerCase()] : fromFile;
}

/** The language a file's extension names; "interview" for a text file (no extension, .txt or .md). */
function languageOfFile(file: string): RunnableLanguage | "interview" | undefined {
  const extension = path.extname(file).toLowerCase();
  return PROSE_EXTENSIONS.has(extension) ? "interview" : EXTENSIONS[extension];
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
