// Finds and launches the system Chromium for the browser tests (browser downloads do not work on
// our machines; `apt-get install -y chromium` does). Each launch gets a fresh profile directory.
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { DESKTOP } from "./viewports.ts";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Headless, and quiet: nothing runs in the background that a test did not ask for.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Why the browser tests cannot run here, or null when they can. */
export function chromiumMissingReason(): string | null {
  if (existsSync(chromiumPath)) return null;
  return `Chromium was not found at ${chromiumPath}: the browser tests are skipped. Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`;
}

/** chromiumMissingReason(), also printed as a warning so that a skipped test file says why. */
export function browserTestsSkipReason(): string | null {
  const reason = chromiumMissingReason();
  if (reason) console.warn(reason);
  return reason;
}

/** `extraArgs`: more command-line switches, e.g. Chromium's fake microphone for the voice tests. */
export async function launchChromium(
  options: { extraArgs?: readonly string[] } = {},
): Promise<{ context: BrowserContext; profileDir: string }> {
  const profileDir = await mkdtemp(path.join(os.tmpdir(), "interviewer-chromium-"));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: DESKTOP,
    acceptDownloads: true,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
  });
  return { context, profileDir };
}

/** A browser without a profile, for tests that open several contexts of their own (a locale, touch). */
export function launchChromiumBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}
