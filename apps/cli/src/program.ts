// The command line: commands, options and help text (commander), each command wired to its
// function in commands/ with a CliContext built from the global options.
import { createInterviewerClient } from "@interviewer/client";
import { createFileTokenStore } from "@interviewer/client/node";
import { Command } from "commander";
import { EventSource } from "eventsource";
import type { CliContext } from "./cli-context.ts";
import { login, logout, signUp, verify, whoami } from "./commands/account.ts";
import { type AnswerOptions, answerFromFile } from "./commands/answer.ts";
import { askClarifyingQuestion, takeHint } from "./commands/ask.ts";
import { buyCredits, showCredits } from "./commands/billing.ts";
import { showHistory } from "./commands/history.ts";
import { resumeInterview, startInterview } from "./commands/interview.ts";
import { showReport } from "./commands/report.ts";
import { resolveCliConfig } from "./config.ts";
import type { LineInput } from "./terminal/line-input.ts";
import { createOutput } from "./terminal/output.ts";

export interface ProgramIo {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  input: LineInput;
}

interface GlobalOptions {
  url?: string;
  json?: boolean;
}

export function buildProgram(io: ProgramIo, onContext: (ctx: CliContext) => void): Command {
  const program = new Command("interviewer")
    .description("Practise backend-engineering interviews with an AI interviewer, in your terminal.")
    .option("--url <url>", "the Interviewer server (default: $INTERVIEWER_URL or http://localhost:3000)")
    .option("--json", "print one JSON document for scripts instead of friendly text")
    .showHelpAfterError();

  /** Wraps a command function so it gets the context built from the global options. */
  const withContext =
    <TArgs extends unknown[]>(run: (ctx: CliContext, ...args: TArgs) => Promise<void>) =>
    async (...args: TArgs) => {
      const globals = program.opts<GlobalOptions>();
      const config = resolveCliConfig({ url: globals.url }, io.env);
      const ctx: CliContext = {
        config,
        env: io.env,
        input: io.input,
        interactive: Boolean(io.stdin.isTTY),
        output: createOutput({ stdout: io.stdout, stderr: io.stderr, json: Boolean(globals.json), env: io.env }),
        client: createInterviewerClient({
          url: config.url,
          tokenStore: createFileTokenStore(config.sessionFile),
          EventSource,
          timeoutMs: 60_000,
        }),
      };
      onContext(ctx);
      await run(ctx, ...args);
    };

  program
    .command("signup")
    .description("create an account (a verification link is emailed to you)")
    .option("--email <email>", "your email address")
    .option("--name <name>", "your name")
    .action(withContext((ctx, options: { email?: string; name?: string }) => signUp(ctx, options)));

  program
    .command("verify")
    .description("finish signing up with the link (or token) from the verification email")
    .argument("<link>", "the link from the email")
    .action(withContext((ctx, link: string) => verify(ctx, link)));

  program
    .command("login")
    .description("sign in (the password is read from the prompt or $INTERVIEWER_PASSWORD)")
    .option("--email <email>", "your email address")
    .action(withContext((ctx, options: { email?: string }) => login(ctx, options)));

  program
    .command("logout")
    .description("sign out of this device")
    .action(withContext((ctx) => logout(ctx)));

  program
    .command("whoami")
    .description("who is signed in")
    .action(withContext((ctx) => whoami(ctx)));

  program
    .command("start")
    .description("take an interview (one credit)")
    .option("--jd <file>", "a job description to tailor the questions to")
    .option("--difficulty <level>", "junior, mid, senior or auto (from the job description)")
    .option(
      "--topics <list>",
      "comma-separated: introduction,coding,system-design,databases,behavioral,backend-knowledge",
    )
    .option("--questions <n>", "questions per topic, 1-4")
    .option("--language <name>", "programming language for coding questions")
    .option("--time-limit <minutes>", "time limit, 5-240 minutes")
    .action(withContext((ctx, options: Parameters<typeof startInterview>[1]) => startInterview(ctx, options)));

  program
    .command("resume")
    .description("continue a paused interview")
    .argument("<id>", "the interview id")
    .action(withContext((ctx, id: string) => resumeInterview(ctx, id)));

  program
    .command("answer")
    .description(
      "answer the open question of a running interview from a file (--run: only run the examples; --skip: skip it)",
    )
    .argument("[id]", "the interview id (default: your newest running interview)")
    .option(
      "--file <path>",
      "the answer: .txt/.md is prose; code files are sent as code (.sql, .go, …); .js, .ts and .py run against the question's tests",
    )
    .option("--skip", 'skip the question ("I don\'t know"): it scores 1 and you see what a strong answer covers')
    .option("--language <name>", "javascript, typescript or python (default: from the file's extension)")
    .option("--run", "run the code against the visible examples and print the results; submit nothing")
    .action(withContext((ctx, id: string | undefined, options: AnswerOptions) => answerFromFile(ctx, id, options)));

  program
    .command("ask")
    .description("ask the interviewer a clarifying question about the open question (does not use it up)")
    .argument("<question>", 'your question, e.g. "How many users should this handle?"')
    .option("--interview <id>", "the interview id (default: your newest running interview)")
    .action(
      withContext((ctx, question: string, options: { interview?: string }) =>
        askClarifyingQuestion(ctx, question, options),
      ),
    );

  program
    .command("hint")
    .description("take the open question's next hint (3 at most); each lowers the highest score it can get")
    .option("--interview <id>", "the interview id (default: your newest running interview)")
    .action(withContext((ctx, options: { interview?: string }) => takeHint(ctx, options)));

  program
    .command("history")
    .description("your interviews, newest first")
    .option("--limit <n>", "how many (1-50)", "20")
    .action(withContext((ctx, options: { limit?: string }) => showHistory(ctx, options)));

  program
    .command("report")
    .description("the report of an interview")
    .argument("<id>", "the interview id")
    .option("--markdown", "the full Markdown export (transcript, scores, study list)")
    .action(withContext((ctx, id: string, options: { markdown?: boolean }) => showReport(ctx, id, options)));

  program
    .command("credits")
    .description("interview credits left and your plan")
    .action(withContext((ctx) => showCredits(ctx)));

  program
    .command("buy")
    .description("get a checkout link: individual (one credit), pro or premium (monthly)")
    .argument("<plan>", "individual, pro or premium")
    .action(withContext((ctx, plan: string) => buyCredits(ctx, plan)));

  return program;
}
