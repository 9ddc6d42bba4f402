// Several tabs of the app opened at the same moment (a browser restoring its session) share one
// refresh cookie, and each must trade it for an access token of its own. They take turns under the
// cross-tab lock "interviewer-refresh" (Web Locks API), so nobody presents a rotated token and the
// server never mistakes the tabs for a thief. Skipped (with the reason printed) without Chromium.
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import type { TestServer } from "@interviewer/testing/test-server";
import type { Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, openBrowser } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { type ConsoleErrors, collectConsoleErrors } from "./harness/console-errors.ts";
import { signInToDashboard } from "./harness/sign-in.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const TABS = 3;

/** Refreshes waiting for the cross-tab lock, across every tab of the origin. */
function refreshesWaitingForTheLock(page: Page): Promise<number> {
  return page.evaluate(async () => {
    if (!("locks" in navigator)) return 0;
    const { pending = [] } = await navigator.locks.query();
    return pending.filter((lock) => lock.name === "interviewer-refresh").length;
  });
}

describe.skipIf(skipReason !== null)("tabs restored together", () => {
  let ts: TestServer;
  let browser: BrowserSession;
  let baseUrl: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    ({ ts, baseUrl } = await startWebServer({ logLines }));
    browser = await openBrowser({ defaultTimeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await ts?.stop();
  });

  it("three tabs opened at once with one signed-in session all stay signed in", async () => {
    const { context, page: signIn } = browser;
    const account = await createVerifiedAccount(ts, { displayName: "Tabby Candidate" });
    await signInToDashboard(signIn, baseUrl, account);
    // Leave the app: from here on, only the refresh cookie (and the "has a session" hint) remain.
    await signIn.goto("about:blank");

    // Hold refreshes at the network until every tab has asked for one, on the wire or waiting for
    // the lock: that is the moment of a session restore, when all tabs hold the same cookie.
    const held: Route[] = [];
    let gateOpen = false;
    await context.route(
      (url) => url.pathname === "/trpc/auth.refresh",
      (route) => (gateOpen ? route.continue() : void held.push(route)),
    );
    const tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
    const consoleErrors: ConsoleErrors[] = tabs.map((tab) => collectConsoleErrors(tab));
    const refreshStatuses: number[] = [];
    for (const tab of tabs) {
      tab.on("response", (response) => {
        if (new URL(response.url()).pathname === "/trpc/auth.refresh") refreshStatuses.push(response.status());
      });
    }
    await Promise.all(tabs.map((tab) => tab.goto(`${baseUrl}/dashboard`)));
    const [firstTab] = tabs;
    if (!firstTab) throw new Error("no tab");
    await expect
      .poll(async () => held.length + (await refreshesWaitingForTheLock(firstTab)), { timeout: 15_000 })
      .toBe(TABS);
    gateOpen = true;
    await Promise.all(held.splice(0).map((route) => route.continue()));

    for (const tab of tabs) {
      await tab.getByRole("heading", { level: 1, name: "Hello, Tabby Candidate" }).waitFor();
    }

    // The tabs took turns: each refresh presented the live token (no grace replay, no reuse), so
    // the server saw three ordinary rotations and never thought of theft.
    expect(refreshStatuses).toEqual(Array.from({ length: TABS }, () => 200));
    const refreshEvents = logLines.filter((line) => /refresh_token_(grace_replay|reuse)/.test(line));
    expect(refreshEvents).toEqual([]);

    // Still signed in everywhere after reloading all tabs at once, with nothing held this time.
    await Promise.all(tabs.map((tab) => tab.reload()));
    for (const tab of tabs) {
      await tab.getByRole("heading", { level: 1, name: "Hello, Tabby Candidate" }).waitFor();
    }
    for (const errors of consoleErrors) expect(errors.appErrors).toEqual([]);
  });
});
