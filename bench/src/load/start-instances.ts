// Starts N real server processes (src/main.ts) on loopback, sharing one PostgreSQL database, as a
// load balancer would see them. Each gets its own port; they share AUTH_SECRET and the webhook secret.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const tsxCli = require.resolve("tsx/cli");
const mainFile = path.resolve(import.meta.dirname, "../../../apps/server/src/main.ts");

export interface Instance {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, [tsxCli, mainFile], {
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    // The "running at" line is logged at info; later request logs are dropped, not buffered.
    const onData = (chunk: Buffer) => {
      if (output.length > 100_000) return;
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`instance exited with ${code}:\n${output}`)));
  });
  return {
    url,
    child,
    async stop() {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    },
  };
}
