// What every command gets: configuration, input, output and the signed-in client, built once per
// run by program.ts. Commands take it as an argument, so they never reach for globals.
import type { InterviewerClient } from "@interviewer/client";
import type { CliConfig } from "./config.ts";
import type { LineInput } from "./terminal/line-input.ts";
import type { Output } from "./terminal/output.ts";

export interface CliContext {
  config: CliConfig;
  client: InterviewerClient;
  input: LineInput;
  output: Output;
  env: NodeJS.ProcessEnv;
  /** Whether a person is typing (prompts and the editor make sense). */
  interactive: boolean;
}

/** A failure the command already explained to the user; main() only sets the exit code. */
export class CommandFailed extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CommandFailed";
  }
}
