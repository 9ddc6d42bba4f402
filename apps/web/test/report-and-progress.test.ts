// Progress and the report in a real browser, on a desktop and on a phone (390×844): a candidate with
// two short interviews at two levels (one coding answer, one with a job description) and nine
// interviews ended early sees a history that names each interview's role, topics, progress and time
// and pages to the very first one; readiness per level; chart points that open their report by click
// and by keyboard, with tooltips readable in both themes; a report with a question index, collapsible
// sections, highlighted code, the plan, the job description and a study list; and a Markdown export
// with the code fenced and unescaped. Billing: the thank-you after checkout shows once, plan and
// status read as words, a plan change is confirmed with its price and credits, and the ledger shows
// the total balance. The interviews are run through the API (this file is about what the dashboard
// and report make of them; candidate-journey.test.ts drives the interview room).
import { readFile } from "node:fs/promises";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import type { TestServer } from "@interviewer/testing/test-server";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactPath } from "./harness/artifacts.ts";
import type { BrowserSession } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { completeInterview } from "./harness/interviews.ts";
import { openSignedInBrowser } from "./harness/sign-in.ts";
import { DESKTOP, PHONE } from "./harness/viewports.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const CODE_ANSWER = [
  "function dedupe(items) {",
  "  // O(n) time and O(n) space with a hash set; keeps the first of each value",
  "  if (items.length < 2) return items;",
  "  const seen = new Set();",
  "  return items.filter((x) => !seen.has(x) && seen.add(x));",
  "}",
].join("\n");
const TEXT_ANSWER =
  "I would add an index on the columns in the WHERE clause, check the query plan with EXPLAIN, use transactions with " +
  "the right isolation level, consider replication for reads and sharding for scale, caching with invalidation, and " +
  "normalise the schema while denormalising hot paths; trade-offs: consistency versus availability, monitoring and metrics.";
const ROLE = "Junior Backend Engineer (Python)";
const JOB_DESCRIPTION = `${ROLE}
Our data team needs a junior engineer to build FastAPI endpoints and write SQL queries against PostgreSQL.`;
const EARLY_ENDS = 9;

const DEVICES = [
  { name: "desktop", viewport: DESKTOP },
  { name: "phone", viewport: PHONE },
] as const;

const screenshotOf = async (page: Page, name: string) =>
  page.screenshot({ path: await artifactPath(`progress-${name}.png`), fullPage: true });

/** WCAG contrast ratio of two computed CSS colours ("rgb(r, g, b)"). */
function contrast(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe.skipIf(skipReason !== null)("progress views and the report", () => {
  let ts: TestServer;
  let baseUrl: string;

  beforeAll(async () => {
    ({ ts, baseUrl } = await startWebServer({ env: { FREE_CREDITS_ON_SIGNUP: String(EARLY_ENDS + 2) } }));
  });

  afterAll(async () => {
    await ts?.stop();
  });

  describe("billing", () => {
    let browser: BrowserSession;
    let page: Page;

    beforeAll(async () => {
      const buyer = await createVerifiedAccount(ts, { displayName: "Billing Buyer" });
      browser = await openSignedInBrowser(baseUrl, buyer, { defaultTimeout: 15_000 });
      page = browser.page;
    });

    afterAll(async () => {
      await browser?.close();
    });

    it("thanks for a checkout once, then cleans the address; names plan and status in words", async () => {
      await page.goto(`${baseUrl}/billing`);
      expect(await page.getByTestId("plan-pro").textContent()).toContain("$29 per month");
      await page.getByRole("button", { name: "Subscribe to Pro" }).click();
      await page.waitForURL(/\/dev\/billing\/checkout/);
      await page.getByRole("button", { name: "Pay" }).click();
      await page.getByRole("link", { name: "Back to Interviewer" }).click();
      await page.getByRole("status").getByText("Thank you!").waitFor();
      await expect.poll(() => page.url()).toBe(`${baseUrl}/billing`);
      await expect.poll(() => page.getByTestId("subscription-status").textContent()).toBe("Pro — Active");
      await page.getByRole("button", { name: "Dismiss" }).click();
      expect(await page.getByText("Thank you!").count()).toBe(0);
      await page.reload();
      await page.getByTestId("subscription-status").waitFor();
      expect(await page.getByText("Thank you!").count()).toBe(0);
    });

    it("confirms a plan change with the price and what happens to credits", async () => {
      await page.getByRole("button", { name: "Switch to Premium" }).click();
      const dialog = page.getByRole("dialog", { name: "Switch to Premium?" });
      await dialog.waitFor();
      const text = (await dialog.textContent()) ?? "";
      expect(text).toContain("$49 per month");
      expect(text).toContain("$29 per month");
      expect(text).toContain("10 more credits");
      // The safe choice has focus; Escape keeps the plan.
      expect(
        await dialog.getByRole("button", { name: "Keep Pro" }).evaluate((button) => button === document.activeElement),
      ).toBe(true);
      await page.keyboard.press("Escape");
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await page.getByTestId("subscription-status").textContent()).toBe("Pro — Active");

      await page.getByRole("button", { name: "Switch to Premium" }).click();
      await dialog.getByRole("button", { name: "Yes, switch plans" }).click();
      await expect.poll(() => page.getByTestId("subscription-status").textContent()).toBe("Premium — Active");
      await screenshotOf(page, "billing");
    });

    it("the ledger's balance is all credits together after each movement", async () => {
      const ledger = page.getByTestId("ledger");
      await expect.poll(() => ledger.locator("tbody tr").count()).toBe(3);
      const balances = await ledger.locator("tbody tr td.ledger-total").allTextContents();
      const credits = EARLY_ENDS + 2;
      expect(balances).toEqual([String(credits + 20), String(credits + 10), String(credits)]);
      expect(await page.getByTestId("billing-credits").textContent()).toBe(String(credits + 20));
    });

    it("logged no console errors from the app", () => {
      expect(browser.errors.appErrors).toEqual([]);
    });
  });

  describe.each(DEVICES)("on a $name screen", (device) => {
    let browser: BrowserSession;
    let page: Page;
    let candidate: TestAccount;
    let codingId = "";
    let jobId = "";

    const screenshot = (name: string) => screenshotOf(page, `${device.name}-${name}`);
    /** The page's content fits the screen: nothing in <main> scrolls sideways or sticks out. */
    const noSidewaysScroll = () =>
      page.evaluate(() => {
        const main = document.querySelector("main");
        return (
          main !== null && main.scrollWidth <= main.clientWidth && main.getBoundingClientRect().right <= innerWidth
        );
      });

    beforeAll(async () => {
      candidate = await createVerifiedAccount(ts, { displayName: `Progress ${device.name}` });
      // Older interviews ended early: in the history, never in the numbers.
      for (let index = 0; index < EARLY_ENDS; index += 1) {
        const view = await candidate.client.interview.create.mutate({ topics: ["behavioral"], questionsPerTopic: 1 });
        await candidate.client.interview.abandon.mutate({ interviewId: view.id });
      }
      codingId = (
        await completeInterview(
          candidate.client,
          { topics: ["coding"], questionsPerTopic: 1, difficulty: "mid" },
          CODE_ANSWER,
        )
      ).id;
      jobId = (
        await completeInterview(
          candidate.client,
          { topics: ["databases"], questionsPerTopic: 1, difficulty: "junior", jobDescription: JOB_DESCRIPTION },
          TEXT_ANSWER,
        )
      ).id;

      browser = await openSignedInBrowser(baseUrl, candidate, { defaultTimeout: 15_000, viewport: device.viewport });
      page = browser.page;
    });

    afterAll(async () => {
      await browser?.close();
    });

    it("the history names each interview's role, topics, progress and time, and pages to the end", async () => {
      const history = page.getByTestId("interview-history");
      const rows = history.getByTestId("history-row");
      await expect.poll(() => rows.count()).toBe(10);
      const newest = (await rows.nth(0).textContent()) ?? "";
      expect(newest).toContain(ROLE);
      expect(newest).toContain("Databases and Data Management");
      expect(newest).toContain("Completed · 1 of 1 answered");
      expect(newest).toMatch(/\d{1,2}:\d{2}/);
      const coding = (await rows.nth(1).textContent()) ?? "";
      expect(coding).toContain("Mid-level practice interview");
      expect(coding).toContain("Coding");
      expect(await rows.nth(2).textContent()).toContain("Ended early · 0 of 1 answered");
      expect(await page.getByTestId("history-count").textContent()).toBe(`Showing 10 of ${EARLY_ENDS + 2}`);

      await page.getByRole("button", { name: "Show more interviews" }).click();
      await expect.poll(() => rows.count()).toBe(EARLY_ENDS + 2);
      expect(await page.getByRole("button", { name: "Show more interviews" }).count()).toBe(0);
      expect(await page.getByTestId("history-count").textContent()).toBe(
        `Showing ${EARLY_ENDS + 2} of ${EARLY_ENDS + 2}`,
      );
      expect(await noSidewaysScroll()).toBe(true);
      await screenshot("dashboard");
    });

    it("readiness is per level, the level practised last first, from the interviews that count", async () => {
      const junior = page.getByTestId("readiness-junior");
      const mid = page.getByTestId("readiness-mid");
      await junior.waitFor();
      await mid.waitFor();
      expect(await junior.textContent()).toMatch(/over your last 1 interview at this level \(\d+ answers?/);
      // The junior level (practised last) comes first and carries the headline verdict.
      expect(
        await page.getByTestId("readiness-verdict").evaluate((element) => element.closest("li")?.dataset.testid),
      ).toBe("readiness-junior");
    });

    it("chart tooltips read in both themes", async () => {
      const point = page.getByTestId("score-trend-chart").getByTestId("trend-point");
      await expect.poll(() => point.count()).toBe(2);
      for (const theme of ["light", "dark"]) {
        await page.evaluate((value) => {
          document.documentElement.dataset.theme = value;
        }, theme);
        await point.first().hover();
        const tooltip = page.locator(".chart-tooltip").first();
        await tooltip.waitFor();
        expect(await tooltip.textContent()).toContain("Mid-level practice interview");
        const colours = await tooltip.evaluate((element) => {
          const style = getComputedStyle(element);
          return { color: style.color, background: style.backgroundColor };
        });
        expect(contrast(colours.color, colours.background), theme).toBeGreaterThanOrEqual(4.5);
        await page.mouse.move(0, 0);
      }
      await page.evaluate(() => {
        document.documentElement.dataset.theme = "light";
      });
    });

    it("a chart point opens its report by click, and by keyboard", async () => {
      const points = page.getByTestId("score-trend-chart").getByTestId("trend-point");
      // Oldest first: the coding interview, then the one for the job description.
      expect(await points.first().getAttribute("aria-label")).toMatch(
        /^Mid-level practice interview, .*Open the report$/,
      );
      await points.first().click();
      await page.waitForURL(`${baseUrl}/interviews/${codingId}/report`);
      await page.getByRole("heading", { level: 1, name: "Interview report" }).waitFor();

      await page.goBack();
      await points.nth(1).waitFor();
      await points.nth(1).focus();
      await page.keyboard.press("Enter");
      await page.waitForURL(`${baseUrl}/interviews/${jobId}/report`);
      await page.getByText(ROLE, { exact: true }).first().waitFor();
    });

    it("the report shows the plan, the job description and a study list by topic", async () => {
      const plan = page.getByRole("region", { name: "Plan", exact: true });
      await plan.waitFor();
      expect(await plan.textContent()).toContain("Databases and Data Management");
      expect(await plan.textContent()).toContain("junior (chosen by you)");
      const jobDescription = page.getByTestId("job-description");
      await jobDescription.locator("summary").click();
      await jobDescription.getByText("FastAPI endpoints", { exact: false }).waitFor();
      const study = page.getByTestId("study-list");
      await study.getByRole("heading", { name: "What to study next" }).waitFor();
      expect(await noSidewaysScroll()).toBe(true);
      await screenshot("report-job");
    });

    it("the question index jumps to a collapsed question and opens it; code is highlighted", async () => {
      await page.goto(`${baseUrl}/interviews/${codingId}/report`);
      const index = page.getByTestId("question-index");
      await index.waitFor();
      await page.getByRole("button", { name: "Collapse all" }).click();
      const section = page.locator("#question-1 > details");
      const isOpen = () => section.evaluate((element) => element instanceof HTMLDetailsElement && element.open);
      await expect.poll(isOpen).toBe(false);

      await index.getByRole("link").first().click();
      await expect.poll(isOpen).toBe(true);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest("li")?.id ?? null))
        .toBe("question-1");
      expect(page.url()).toBe(`${baseUrl}/interviews/${codingId}/report#question-1`);

      const code = page.getByTestId("code-answer").first();
      await code.waitFor();
      expect(await code.textContent()).toBe(CODE_ANSWER);
      expect(await code.locator(".tok-keyword").first().textContent()).toBe("function");
      expect(await code.locator(".tok-comment").count()).toBe(1);
      expect(await noSidewaysScroll()).toBe(true);
      await screenshot("report-code");
    });

    it("the Markdown export fences the code answer, unescaped", async () => {
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Export as Markdown" }).click();
      const markdown = await readFile((await (await download).path()) ?? "", "utf8");
      // Verbatim between the fences: `<` stays `<` (prose elsewhere is still escaped).
      expect(markdown).toContain(`\`\`\`typescript\n${CODE_ANSWER}\n\`\`\``);
    });

    it("prints the whole report without navigation", async () => {
      await page.emulateMedia({ media: "print" });
      expect(await page.getByTestId("question-index").isVisible()).toBe(false);
      expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
      await screenshot("report-print");
      await page.emulateMedia({ media: "screen" });
    });

    it("logged no console errors from the app", () => {
      expect(browser.errors.appErrors).toEqual([]);
    });
  });
});
