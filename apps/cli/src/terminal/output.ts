// Everything the CLI prints goes through here: friendly, coloured text on a terminal, plain text when
// piped, and with --json one machine-readable document on stdout (human text then goes to stderr).
import picocolors from "picocolors";

type Colors = ReturnType<typeof picocolors.createColors>;

export interface Output {
  readonly json: boolean;
  readonly color: Colors;
  /** A line of human text (stderr in --json mode, so stdout stays parseable). */
  line(text?: string): void;
  /** Raw text without a newline, e.g. streamed feedback pieces. */
  write(text: string): void;
  /** The one JSON result of a command (--json); ignored otherwise. */
  result(value: unknown): void;
  error(text: string): void;
}

export interface OutputOptions {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  json: boolean;
  env: NodeJS.ProcessEnv;
}

export function createOutput(options: OutputOptions): Output {
  const human = options.json ? options.stderr : options.stdout;
  const wantsColor = !options.json && Boolean(human.isTTY) && !options.env.NO_COLOR && options.env.TERM !== "dumb";
  const color = picocolors.createColors(wantsColor || Boolean(options.env.FORCE_COLOR));
  return {
    json: options.json,
    color,
    line: (text = "") => {
      human.write(`${text}\n`);
    },
    write: (text) => {
      human.write(text);
    },
    result: (value) => {
      if (options.json) options.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    error: (text) => {
      options.stderr.write(`${color.red(text)}\n`);
    },
  };
}
