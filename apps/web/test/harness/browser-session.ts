// A browser of its own for a test: system Chromium with a fresh profile, its first tab, and that tab's
// console errors collected; close() shuts it and removes the profile, so no test leaves one behind.
import { rm } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./chromium.ts";
import { type ConsoleErrors, collectConsoleErrors } from "./console-errors.ts";

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  errors: ConsoleErrors;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

export interface BrowserSessionOptions {
  /** How long each action and wait may take: tests on slower pages (the code runner, Excalidraw) need more. */
  defaultTimeout: number;
  /** The window size; the browser's default (a laptop's) when not given. */
  viewport?: { width: number; height: number };
  /** More Chromium switches, e.g. the fake microphone. */
  extraArgs?: readonly string[];
}

export async function openBrowser(options: BrowserSessionOptions): Promise<BrowserSession> {
  const { context, profileDir } = await launchChromium({ extraArgs: options.extraArgs });
  context.setDefaultTimeout(options.defaultTimeout);
  // A persistent context opens with one tab already.
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = collectConsoleErrors(page);
  if (options.viewport) await page.setViewportSize(options.viewport);
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
