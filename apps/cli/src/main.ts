// The `interviewer` process: parse the command line, run the command, turn failures into one clear
// message and exit code 1 (commander itself exits 1 on usage errors). --json failures also print
// {"error": {...}} on stdout so scripts can read them.
import { toInterviewerError } from "@interviewer/client";
import { type CliContext, CommandFailed } from "./cli-context.ts";
import { resolveCliConfig } from "./config.ts";
import { describeError } from "./describe-error.ts";
import { buildProgram } from "./program.ts";
import { createLineInput } from "./terminal/line-input.ts";

async function main(): Promise<number> {
  const input = createLineInput(process.stdin, process.stdout);
  let ctx: CliContext | undefined;
  const program = buildProgram(
    { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, input },
    (built) => {
      ctx = built;
    },
  );
  try {
    await program.parseAsync(process.argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    const config = ctx?.config ?? resolveCliConfig({}, process.env);
    if (error instanceof CommandFailed) {
      reportFailure(ctx, { kind: "command", message: error.message });
      return error.exitCode;
    }
    const typed = toInterviewerError(error);
    reportFailure(ctx, {
      kind: typed.kind,
      message: describeError(typed, config),
      reason: typed.reason,
      fieldErrors: typed.fieldErrors,
    });
    return 1;
  } finally {
    input.close();
  }
}

function reportFailure(
  ctx: CliContext | undefined,
  failure: { kind: string; message: string } & Record<string, unknown>,
) {
  if (ctx?.output.json) ctx.output.result({ error: failure });
  if (ctx) ctx.output.error(failure.message);
  else process.stderr.write(`${failure.message}\n`);
}

process.exitCode = await main();
