// Reading what the user types: single lines (email, name), secrets (password: not echoed on a
// terminal), and multi-line answers ended by a line holding only "." or by Ctrl-D. Works the same
// with piped input (tests, scripts), where end of input ends the current answer and every later read.
import readline from "node:readline";
import { Writable } from "node:stream";

export interface LineInput {
  /** The next line, or undefined at end of input. */
  readLine(): Promise<string | undefined>;
  /** Like readLine, but not echoed when typing on a terminal. */
  readSecret(): Promise<string | undefined>;
  /** Lines up to "." or end of input; `ended` says input ended (Ctrl-D) rather than ".". */
  readAnswer(): Promise<{ text: string; ended: boolean }>;
  /** Called on Ctrl-C at a prompt (readline swallows the signal on a terminal). */
  onInterrupt(handler: () => void): void;
  close(): void;
}

export function createLineInput(input: NodeJS.ReadStream, echo: NodeJS.WriteStream): LineInput {
  const isTerminal = Boolean(input.isTTY);
  let muted = false;
  // On a terminal readline echoes through this stream; muting it hides a password as it is typed.
  const echoStream = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) echo.write(chunk);
      callback();
    },
  });
  const queued: string[] = [];
  const waiting: Array<(line: string | undefined) => void> = [];
  let interface_: readline.Interface | undefined;
  let ended = false;
  let interruptHandler: () => void = () => process.exit(130);

  function open(): readline.Interface {
    const rl = readline.createInterface({
      input,
      output: isTerminal ? echoStream : undefined,
      terminal: isTerminal,
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    rl.on("line", (line) => {
      const next = waiting.shift();
      if (next) next(line);
      else queued.push(line);
    });
    rl.on("close", () => {
      interface_ = undefined;
      // On a terminal Ctrl-D ends this answer only; the next read opens the terminal again.
      if (!isTerminal) ended = true;
      for (const next of waiting.splice(0)) next(undefined);
    });
    rl.on("SIGINT", () => interruptHandler());
    return rl;
  }

  function readLine(): Promise<string | undefined> {
    const line = queued.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (ended) return Promise.resolve(undefined);
    interface_ ??= open();
    return new Promise((resolve) => waiting.push(resolve));
  }

  return {
    readLine,
    async readSecret() {
      muted = true;
      try {
        return await readLine();
      } finally {
        muted = false;
        if (isTerminal) echo.write("\n");
      }
    },
    async readAnswer() {
      const lines: string[] = [];
      for (;;) {
        const line = await readLine();
        if (line === undefined) return { text: lines.join("\n"), ended: true };
        if (line.trim() === ".") return { text: lines.join("\n"), ended: false };
        lines.push(line);
      }
    },
    onInterrupt(handler) {
      interruptHandler = handler;
    },
    close() {
      ended = true;
      interface_?.close();
    },
  };
}
