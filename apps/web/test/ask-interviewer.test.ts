// "Ask the interviewer" in a real browser against the real server (built-in interviewer), on a phone
// (390×844) and a desktop (1440×900): a clarifying question typed and sent with the keyboard gets the
// interviewer's reply in the polite live region; "Get a hint" asks first, says how the hint lowers the
// score's ceiling, and then shows hint 1 of 3 with the count going down; once the question is answered
// the thread keeps what was asked, and the report shows it under the answer. No sideways scrolling,
// no serious axe violation. Skipped (with the reason printed) when Chromium is not installed.
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissingReason, launchChromium } from "./harness/chromium.ts";
import { type ConsoleErrors, collectConsoleErrors } from "./harness/console-errors.ts";
import { freePort } from "./harness/free-port.ts";

const webDir = path.resolve(import.meta.dirname, "..");
const skipReason = chromiumMissingReason();
if (skipReason) console.warn(skipReason);

// axe-core ships one self-contained script (`source`) to inject into the page.
const axeSource: string = createRequire(import.meta.url)("axe-core").source;

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1440, height: 900 },
] as const;
const ANSWER =
  "I would keep a token bucket per client in Redis, refilled at the allowed rate, and answer 429 with Retry-After when it is empty.";

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  // The app's CSP refuses inline scripts; evaluating the source through DevTools is not refused.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return (violations as AxeViolation[])
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes[0]?.target)}`);
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe.skipIf(skipReason !== null)("asking the interviewer inside a question", { timeout: 180_000 }, () => {
  let ts: TestServer;
  let baseUrl: string;
  let account: TestAccount;
  let browser: { context: BrowserContext; profileDir: string; page: Page; errors: ConsoleErrors };

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    ts = await startTestServer({
      env: {
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        WEB_DIST_DIR: path.join(webDir, "dist"),
        FREE_CREDITS_ON_SIGNUP: "4",
      },
    });
    account = await createVerifiedAccount(ts, { displayName: "Curious Candidate" });
    const launched = await launchChromium();
    launched.context.setDefaultTimeout(20_000);
    const page = launched.context.pages()[0] ?? (await launched.context.newPage());
    browser = { ...launched, page, errors: collectConsoleErrors(page) };
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Hello, Curious Candidate" }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.context.close();
    if (browser?.profileDir) await rm(browser.profileDir, { recursive: true, force: true });
    await ts?.stop();
  });

  for (const viewport of VIEWPORTS) {
    it(`asks a clarifying question and takes a hint on a ${viewport.name}`, async () => {
      const { page } = browser;
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const view = await account.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 2 });
      await page.goto(`${baseUrl}/interviews/${view.id}`);
      const panel = page.getByTestId("ask-interviewer");
      await panel.getByRole("heading", { name: "Ask the interviewer" }).waitFor();
      const replies = panel.getByTestId("assists");
      expect(await replies.getAttribute("aria-live")).toBe("polite");

      // By keyboard: type the question and press Enter.
      const field = panel.getByLabel("Ask a clarifying question");
      await field.focus();
      await page.keyboard.type("What read/write ratio should I expect?");
      await page.keyboard.press("Enter");
      await replies.getByText("You asked: What read/write ratio should I expect?").waitFor();
      await replies.getByText(/^Interviewer:/).waitFor();
      expect(await field.inputValue()).toBe("");
      await panel.getByText("4 questions left.").waitFor();

      // A hint asks first, and says what it costs; Escape goes back with nothing taken.
      await panel.getByRole("button", { name: "Get a hint (3 left)" }).click();
      const confirm = panel.getByRole("group", { name: "Take hint 1 of 3?" });
      expect(await confirm.textContent()).toContain("lowers the highest score you can get for this question to 9");
      await page.keyboard.press("Escape");
      await panel.getByRole("button", { name: "Get a hint (3 left)" }).waitFor();
      expect(await replies.getByText(/^Hint 1 of 3/).count()).toBe(0);

      await panel.getByRole("button", { name: "Get a hint (3 left)" }).click();
      const yes = panel.getByRole("button", { name: "Yes, show the hint" });
      await expect.poll(() => yes.evaluate((button) => button === document.activeElement)).toBe(true);
      await page.keyboard.press("Enter");
      await replies.getByText(/^Hint 1 of 3 · nudge:/).waitFor();
      await panel.getByRole("button", { name: "Get a hint (2 left)" }).waitFor();

      expect(await sidewaysOverflow(page), `${viewport.name}: sideways scroll`).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Stored with the question: a reload shows them, and answering keeps them in the thread.
      await page.reload();
      await page
        .getByTestId("assists")
        .getByText(/^Hint 1 of 3 · nudge:/)
        .waitFor();
      const ids = { interviewId: view.id, turnId: view.currentQuestion?.turnId ?? "" };
      const answered = await account.client.interview.answer.mutate({ ...ids, answer: ANSWER });
      expect(answered.evaluation.feedback.summary).toContain("You used 1 hint");
      const transcript = await account.client.interview.transcript.query({ interviewId: view.id });
      expect(transcript.turns[0]?.assists.map((assist) => assist.kind)).toEqual(["clarification", "hint"]);
      await page.reload();
      const entry = page.getByTestId("thread-entry").first();
      await entry.locator(":scope > details > summary").click();
      await entry.getByRole("heading", { name: "You asked the interviewer" }).waitFor();
      await entry.getByText("You asked: What read/write ratio should I expect?").waitFor();
      expect(
        await sidewaysOverflow(page),
        `${viewport.name}: sideways scroll with the thread open`,
      ).toBeLessThanOrEqual(0);

      // The report shows them under the answer.
      const next = answered.interview.currentQuestion;
      if (!next) throw new Error("the second question is missing");
      await account.client.interview.answer.mutate({ interviewId: view.id, turnId: next.turnId, answer: ANSWER });
      await page.goto(`${baseUrl}/interviews/${view.id}/report`);
      // A two-question report starts with every question open.
      const first = page.locator("#question-1");
      await first.getByRole("heading", { name: "You asked the interviewer" }).waitFor();
      await first.getByText(/^Hint 1 of 3 · nudge:/).waitFor();
      expect(await sidewaysOverflow(page), `${viewport.name}: sideways scroll on the report`).toBeLessThanOrEqual(0);
    });
  }

  it("logs no application errors in the browser", () => {
    expect(browser.errors.appErrors).toEqual([]);
  });
});
