// Every page on a phone and to a screen reader: a candidate signs up at 390×844, then each page
// (public ones signed out, the rest signed in with a finished interview, a live coding interview and
// a live interview with its conversation thread open and SQL in its code editor) is
// visited at 390×844 and 360×740 and must not scroll sideways; the signed-in header folds into a
// Menu button that opens, closes with Escape (focus back on the button) and follows its links; and
// an axe-core scan of every page, in the light and the dark theme, finds no serious or critical
// violation. Skipped (with the reason printed) when Chromium is not installed.
import { clientWithToken } from "@interviewer/testing/accounts";
import type { TestServer } from "@interviewer/testing/test-server";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactPath } from "./harness/artifacts.ts";
import { seriousAxeViolations } from "./harness/axe.ts";
import { type BrowserSession, openBrowser } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { completeInterview } from "./harness/interviews.ts";
import { expectNoSidewaysScroll } from "./harness/page-layout.ts";
import { submitSignUpForm, verificationLink } from "./harness/sign-up.ts";
import { DESKTOP, PHONE } from "./harness/viewports.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const PASSWORD = "a long practice passphrase";
const ANSWER =
  "I would add an index on the columns in the WHERE clause, check the plan with EXPLAIN, pick the isolation level, " +
  "use replication for reads and sharding for scale, cache with invalidation, and watch the metrics.";
// Keywords, a string with an escape, a number and a comment: every colour the code editor draws.
const CODE = 'function greet(name) {\n  // say hello\n  return "Hi, " + name + "\\n" + 42;\n}';

const PHONES = [PHONE, { width: 360, height: 740 }] as const;
const THEMES = ["light", "dark"] as const;
/** A sweep visits many pages (and axe reads each one whole) on a machine shared with other work. */
const SLOW = 180_000;

interface Visit {
  name: string;
  path: () => string;
  /** Waits until the page shows its content (not a loading state). */
  ready?: (page: Page) => Promise<void>;
}

describe.skipIf(skipReason !== null)("every page fits a phone and passes an accessibility scan", () => {
  const email = `sweep-${process.pid}-${Date.now().toString(36)}@example.com`;
  let ts: TestServer;
  let browser: BrowserSession;
  let page: Page;
  let baseUrl: string;
  let reportId = "";
  let liveId = "";
  let threadId = "";

  const publicPages: Visit[] = [
    { name: "landing", path: () => "/" },
    { name: "sign-in", path: () => "/sign-in" },
    { name: "sign-up", path: () => "/sign-up" },
    { name: "forgot-password", path: () => "/forgot-password" },
    { name: "reset-password", path: () => "/reset-password?token=aaaaaaaaaaaaaaaaaaaaaaaa" },
    {
      name: "verify-email, used link",
      path: () => "/verify-email?token=aaaaaaaaaaaaaaaaaaaaaaaa",
      ready: (p) => p.getByRole("button", { name: "Send a new verification link" }).waitFor(),
    },
    { name: "account deleted", path: () => "/?deleted=1", ready: (p) => p.getByTestId("account-deleted").waitFor() },
    { name: "not-found", path: () => "/no-such-page" },
  ];
  const signedInPages: Visit[] = [
    {
      name: "dashboard",
      path: () => "/dashboard",
      ready: (p) => p.locator(".recharts-surface").first().waitFor(),
    },
    { name: "new interview", path: () => "/interviews/new" },
    {
      name: "interview room",
      path: () => `/interviews/${liveId}`,
      ready: async (p) => {
        await p.locator(".cm-content").waitFor();
        // The same real code in the editor on every visit (whatever draft or starter code it
        // restored), so the scan always sees every syntax colour.
        await p.locator(".cm-content").click();
        await p.keyboard.press("ControlOrMeta+A");
        await p.keyboard.insertText(CODE);
        await expect
          .poll(() => p.locator(".cm-content .cm-line span").count(), {
            message: "the code editor highlights nothing, so the scan cannot check its syntax colours",
          })
          .toBeGreaterThan(0);
      },
    },
    {
      // A live interview with an earlier question: the conversation thread, every entry open, and SQL
      // in the code editor of a non-coding question.
      name: "interview room with its thread",
      path: () => `/interviews/${threadId}`,
      ready: async (p) => {
        // The first visit shows the earlier answer's evaluation (answered from another device) first.
        const next = p.getByRole("button", { name: "Next question" });
        if ((await next.count()) > 0) await next.click();
        const entries = p.getByTestId("thread-entry");
        await entries.first().waitFor();
        for (const summary of await entries.locator(":scope > details > summary").all()) await summary.click();
        const addCode = p.getByRole("button", { name: "Add code" });
        if ((await addCode.count()) > 0) await addCode.click();
        await p.locator(".cm-content").click();
        await p.keyboard.press("ControlOrMeta+A");
        await p.keyboard.insertText("SELECT id FROM orders WHERE total > 100;");
      },
    },
    { name: "report", path: () => `/interviews/${reportId}/report` },
    { name: "billing", path: () => "/billing", ready: (p) => p.getByTestId("ledger").waitFor() },
    { name: "account", path: () => "/account", ready: (p) => p.getByTestId("sessions").waitFor() },
    { name: "not-found (signed in)", path: () => "/no-such-page" },
  ];

  /** Opens a page and waits for its heading, the end of loading states, and its own content. */
  async function visit(target: Visit): Promise<void> {
    await page.goto(`${baseUrl}${target.path()}`);
    try {
      await page.locator("main h1").first().waitFor();
      await expect.poll(() => page.locator(".loading").count()).toBe(0);
      await target.ready?.(page);
    } catch (error) {
      const shown = ((await page.locator("body").textContent()) ?? "").slice(0, 400);
      throw new Error(`${target.name} (${page.url()}) did not finish loading; it shows: ${shown}`, { cause: error });
    }
  }

  async function setTheme(theme: (typeof THEMES)[number]): Promise<void> {
    // localStorage belongs to the app's origin: a fresh tab (about:blank) has none to write.
    if (!page.url().startsWith(baseUrl)) await page.goto(baseUrl);
    await page.evaluate((value) => localStorage.setItem("interviewer:theme", value), theme);
    await page.emulateMedia({ colorScheme: theme });
  }

  /** Nothing scrolls sideways, and the parts most likely to be too wide stay inside the screen. */
  async function expectFitsSideways(name: string): Promise<void> {
    await expectNoSidewaysScroll(page, name);
    // The parts most likely to be too wide: forms, tables, charts and the code editor.
    const { widest, clientWidth } = await page.evaluate(() => ({
      widest: Math.max(
        0,
        ...Array.from(document.querySelectorAll("form, .table, .recharts-wrapper, .code-editor, .card")).map(
          (element) => element.getBoundingClientRect().right,
        ),
      ),
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(widest, `${name}: a form, table, chart or editor passes the right edge`).toBeLessThanOrEqual(
      clientWidth + 0.5,
    );
  }

  /**
   * Syntax colours in the code editor under 4.5:1 against its background. axe leaves text it cannot
   * place over a single background (CodeMirror layers its cursor and selection over the text) as
   * "incomplete" rather than failing it, so the editor's colours are measured here directly.
   */
  function lowContrastCode(): Promise<string[]> {
    return page.evaluate(() => {
      const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (colour: string) => {
        const [r = 0, g = 0, b = 0] = channels(colour).map((value) => {
          const c = value / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const editor = document.querySelector(".cm-editor");
      if (!editor) return ["no code editor on the page"];
      const background = getComputedStyle(editor).backgroundColor;
      const problems: string[] = [];
      for (const token of Array.from(editor.querySelectorAll(".cm-content span, .cm-gutterElement"))) {
        if (!token.textContent?.trim()) continue;
        const colour = getComputedStyle(token).color;
        const [light, dark] = [luminance(colour), luminance(background)].sort((a, b) => b - a);
        const ratio = ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
        if (ratio < 4.5) problems.push(`"${token.textContent}" ${colour} on ${background}: ${ratio.toFixed(2)}:1`);
      }
      return [...new Set(problems)];
    });
  }

  async function sweep(pages: Visit[]): Promise<void> {
    for (const viewport of PHONES) {
      await page.setViewportSize(viewport);
      for (const target of pages) {
        await visit(target);
        await expectFitsSideways(`${target.name} at ${viewport.width}×${viewport.height}`);
      }
    }
  }

  /** Scans each page on a desktop and on a phone (where the header differs) in one theme. */
  async function scan(pages: Visit[], theme: (typeof THEMES)[number]): Promise<void> {
    const found: string[] = [];
    await setTheme(theme);
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      for (const target of pages) {
        await visit(target);
        await page.locator(`html[data-theme="${theme}"]`).waitFor({ state: "attached" });
        for (const violation of await seriousAxeViolations(page)) {
          found.push(`${target.name}, ${viewport.width}px: ${violation}`);
        }
        if (target.name.startsWith("interview room")) {
          for (const problem of await lowContrastCode()) found.push(`code editor, ${viewport.width}px: ${problem}`);
        }
      }
    }
    await setTheme("light");
    expect(found).toEqual([]);
  }

  beforeAll(async () => {
    ({ ts, baseUrl } = await startWebServer({ env: { FREE_CREDITS_ON_SIGNUP: "4" } }));
    browser = await openBrowser({ defaultTimeout: 15_000, viewport: PHONE });
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await ts?.stop();
  });

  it("signed out, no public page scrolls sideways at 390 or 360 px", { timeout: SLOW }, async () => {
    await sweep(publicPages);
    // Signed out, the header has no Menu button: two links and the theme fit.
    await visit(publicPages[0] as Visit);
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("button", { name: "Menu" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "Sign in" }).isVisible()).toBe(true);
  });

  it.for(THEMES)("signed out, every public page passes axe in the %s theme", { timeout: SLOW }, async (theme) => {
    await scan(publicPages, theme);
  });

  it("signs up on a phone and gets a finished and two live interviews", async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/sign-up`);
    await submitSignUpForm(page, { name: "Pat Phone", email, password: PASSWORD });
    await page.goto(await verificationLink(ts, baseUrl, email));
    await page.waitForURL(/\/dashboard/);

    // The interviews come through the API (a second device): the sweep is about pages, not the flow.
    const tokens = await ts.client.auth.login.mutate({ email, password: PASSWORD, refreshTokenDelivery: "body" });
    const api = clientWithToken(ts, tokens.accessToken);
    reportId = (await completeInterview(api, { topics: ["databases"], questionsPerTopic: 1 }, ANSWER)).id;
    const live = await api.interview.create.mutate({
      topics: ["coding"],
      questionsPerTopic: 1,
      language: "JavaScript",
    });
    liveId = live.id;
    const withThread = await api.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 2 });
    await api.interview.answer.mutate({
      interviewId: withThread.id,
      turnId: withThread.currentQuestion?.turnId ?? "",
      answer: ANSWER,
    });
    threadId = withThread.id;
  });

  it("signed in, no page scrolls sideways at 390 or 360 px", { timeout: SLOW }, async () => {
    await sweep(signedInPages);
  });

  it("signed in on a phone, the header folds into a Menu button that opens, closes and leads on", {
    timeout: SLOW,
  }, async () => {
    for (const viewport of PHONES) {
      await page.setViewportSize(viewport);
      await visit(signedInPages[0] as Visit);
      const nav = page.getByRole("navigation", { name: "Main" });
      const menu = nav.getByRole("button", { name: "Menu" });
      const account = nav.getByRole("link", { name: "Account" });
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
      expect(await account.isVisible()).toBe(false);
      // The brand, the theme toggle and the Menu button all sit inside the screen.
      for (const control of [
        page.getByRole("link", { name: "Interviewer" }),
        page.getByRole("button", { name: /theme/ }),
        menu,
      ]) {
        const box = await control.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
      }

      await menu.click();
      expect(await menu.getAttribute("aria-expanded")).toBe("true");
      await account.waitFor();
      await page.screenshot({ path: await artifactPath(`13-phone-${viewport.width}-menu-open.png`) });
      await expectFitsSideways(`open menu at ${viewport.width}px`);
      // Escape from inside the menu closes it and puts focus back on the button.
      await account.focus();
      await page.keyboard.press("Escape");
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
      expect(await menu.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await account.isVisible()).toBe(false);

      // By keyboard: Enter opens, Tab reaches the links, a link leads on and the menu closes.
      await page.keyboard.press("Enter");
      expect(await menu.getAttribute("aria-expanded")).toBe("true");
      await page.keyboard.press("Tab");
      expect(await nav.getByRole("link", { name: "Dashboard" }).evaluate((e) => e === document.activeElement)).toBe(
        true,
      );
      await nav.getByRole("link", { name: "Billing" }).click();
      await page.waitForURL(`${baseUrl}/billing`);
      await page.getByRole("heading", { level: 1, name: "Billing" }).waitFor();
      expect(await menu.getAttribute("aria-expanded")).toBe("false");

      // A press outside the open menu closes it too.
      await menu.click();
      await page.mouse.click(viewport.width / 2, viewport.height - 10);
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
    }
    // On a desktop the links are in the header and there is no Menu button.
    await page.setViewportSize(DESKTOP);
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("button", { name: "Menu" }).isVisible()).toBe(false);
    expect(await nav.getByRole("link", { name: "Account" }).isVisible()).toBe(true);
  });

  it.for(THEMES)("signed in, every page passes axe in the %s theme", { timeout: SLOW }, async (theme) => {
    await scan(signedInPages, theme);
  });

  it("logged no console errors from the app", () => {
    expect(browser.errors.appErrors).toEqual([]);
  });
});
