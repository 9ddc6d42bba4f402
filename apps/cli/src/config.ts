// Where the CLI talks to and where it keeps the session: --url / INTERVIEWER_URL (default
// http://localhost:3000), and a token file under ~/.config/interviewer/ (INTERVIEWER_CONFIG_DIR, or
// XDG_CONFIG_HOME, moves it; tests use their own directory). Read once per run.
import os from "node:os";
import path from "node:path";

export interface CliConfig {
  url: string;
  configDir: string;
  sessionFile: string;
}

export const DEFAULT_URL = "http://localhost:3000";

export function resolveCliConfig(options: { url?: string | undefined }, env: NodeJS.ProcessEnv): CliConfig {
  const url = (options.url || env.INTERVIEWER_URL || DEFAULT_URL).replace(/\/+$/, "");
  const configDir =
    env.INTERVIEWER_CONFIG_DIR || path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), ".config"), "interviewer");
  return { url, configDir, sessionFile: path.join(configDir, "session.json") };
}
