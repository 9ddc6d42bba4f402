// Collects the page's console errors and uncaught exceptions. The browser itself logs every 4xx
// response as "Failed to load resource"; those are the server's answers that the app handles (an
// expired token before its silent refresh, "no credits") or requests the test cut on purpose
// (server down, offline), so they are kept apart from app errors.
import type { Page } from "playwright-core";

export interface ConsoleErrors {
  appErrors: string[];
  handledHttpErrors: string[];
}

export function collectConsoleErrors(page: Page): ConsoleErrors {
  const errors: ConsoleErrors = { appErrors: [], handledHttpErrors: [] };
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (/^Failed to load resource: (the server responded with a status of 4\d\d|net::ERR_)/.test(text)) {
      errors.handledHttpErrors.push(`${text} (${message.location().url})`);
    } else {
      errors.appErrors.push(text);
    }
  });
  page.on("pageerror", (error) => errors.appErrors.push(`uncaught: ${error.message}`));
  return errors;
}
