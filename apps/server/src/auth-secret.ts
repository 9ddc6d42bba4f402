// AUTH_SECRET signs access tokens. On the embedded default nobody has to set one: a random secret is
// generated once and kept under DATA_DIR, so restarting the app does not sign everyone out.
// In production loadConfig() has already refused to start without a real one.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { type Config, MIN_AUTH_SECRET_LENGTH } from "./config.ts";

export async function resolveAuthSecret(config: Config): Promise<string> {
  if (config.authSecret) return config.authSecret;
  const file = path.join(config.dataDir, "auth-secret");
  const existing = await readFile(file, "utf8").catch(() => undefined);
  if (existing && existing.trim().length >= MIN_AUTH_SECRET_LENGTH) return existing.trim();
  await mkdir(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  // wx: if two processes race, the loser fails and re-reads the winner's secret.
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch {
    return (await readFile(file, "utf8")).trim();
  }
}
