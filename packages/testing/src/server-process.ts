// Runs the real entry point as a child process, for what only a process can show: start-up errors,
// signals, restarts on the same data directory. It runs either the compiled build (what `npm start`,
// Docker and production run: buildServer() makes one) or, by default, src/main.ts through tsx.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const require = createRequire(import.meta.url);
const tsxCli = require.resolve("tsx/cli");
// The server package's folder, found through its entry (src/server.ts), wherever the workspace lives.
const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.resolve("@interviewer/server"))), "..");
const sourceMain = path.join(serverRoot, "src/main.ts");

/** The source through tsx, or a compiled build's main.js. */
export type MainEntry = { kind: "source" } | { kind: "build"; mainFile: string };

export interface ServerBuild {
  entry: MainEntry;
  dispose(): Promise<void>;
}

/**
 * Builds the server the way `npm start` does (scripts/build.mjs), into a folder of its own beside
 * dist/, so a test never runs a stale or half-written dist/. The PGlite seed comes from the build's cache.
 */
export async function buildServer(): Promise<ServerBuild> {
  const outDir = path.join(serverRoot, `.test-build-${randomBytes(4).toString("hex")}`);
  await promisify(execFile)(process.execPath, [path.join(serverRoot, "scripts/build.mjs"), "--outdir", outDir]);
  return {
    entry: { kind: "build", mainFile: path.join(outDir, "main.js") },
    dispose: () => rm(outDir, { recursive: true, force: true }),
  };
}

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

function spawnMain(env: Record<string, string>, entry: MainEntry): ChildProcess {
  const args = entry.kind === "build" ? [entry.mainFile] : [tsxCli, sourceMain];
  return spawn(process.execPath, args, {
    // Only what the test gives, plus PATH: the server must not depend on the developer's shell.
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export async function runMainToExit(
  env: Record<string, string>,
  entry: MainEntry = { kind: "source" },
): Promise<ExitedProcess> {
  const child = spawnMain(env, entry);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout, stderr };
}

export async function startMainProcess(
  env: Record<string, string>,
  entry: MainEntry = { kind: "source" },
): Promise<ServerProcess> {
  const child = spawnMain({ HOST: "127.0.0.1", PORT: "0", ...env }, entry);
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
