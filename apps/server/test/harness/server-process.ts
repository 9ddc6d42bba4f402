// Runs the real entry point (src/main.ts) as a child process, for what only a process can show:
// start-up errors, signals, restarts on the same data directory.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const tsxCli = require.resolve("tsx/cli");
const mainFile = path.resolve(import.meta.dirname, "../../src/main.ts");

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ExitedProcess {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnMain(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [tsxCli, mainFile], {
    // Only what the test gives, plus PATH: the server must not depend on the developer's shell.
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export async function runMainToExit(env: Record<string, string>): Promise<ExitedProcess> {
  const child = spawnMain(env);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout, stderr };
}

export async function startMainProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawnMain({ HOST: "127.0.0.1", PORT: "0", ...env });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.once("exit", (code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
  return {
    child,
    url,
    output: () => output,
    async stop(signal = "SIGTERM") {
      const exited = once(child, "exit") as Promise<[number | null]>;
      child.kill(signal);
      const [code] = await exited;
      return code;
    },
  };
}
