// The new-interview page in a real browser (system Chromium via playwright-core) against the real server
// with the built-in interviewer, on a desktop and on a 390×844 phone: it starts from the full interview
// (all six topics), says why Start is disabled, analyses a sample job description after a pause in
// typing (not per keystroke) and shows its level, stack, domain and what "Auto" picks without spending
// a credit, counts characters up to and over the limit, remembers the choices per account across a
// reload, and explains the score scale in a collapsible guide. Screenshots go to apps/web/test-artifacts/.
// Skipped (with the reason printed) when Chromium is not installed.
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import type { TestServer } from "@interviewer/testing/test-server";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactPath } from "./harness/artifacts.ts";
import { type BrowserSession, openBrowser } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { submitSignInForm } from "./harness/sign-in.ts";
import { PHONE } from "./harness/viewports.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const MAX_CHARS = 20_000;
const TOPICS = [
  "Introduction",
  "Coding",
  "System Design",
  "Databases and Data Management",
  "Behavioral",
  "General Backend Knowledge",
];

describe.skipIf(skipReason !== null)("the new-interview page", () => {
  let ts: TestServer;
  let account: TestAccount;
  let browser: BrowserSession;
  let page: Page;
  let baseUrl: string;
  const previewCalls: string[] = [];

  const screenshot = async (name: string) =>
    page.screenshot({ path: await artifactPath(`${name}.png`), fullPage: true });
  const jobDescription = () => page.getByLabel("Job description (optional)");
  const startButton = () => page.getByRole("button", { name: "Start interview (1 credit)" });
  const topicBox = (name: string) => page.getByRole("checkbox", { name: new RegExp(`^${name} —`) });

  async function checkedTopics(): Promise<string[]> {
    const checked: string[] = [];
    for (const topic of TOPICS) if (await topicBox(topic).isChecked()) checked.push(topic);
    return checked;
  }

  /** Every option of a select fits its box: the widest label is narrower than the select's text area. */
  async function selectLabelsFit(id: string): Promise<boolean> {
    return page.evaluate((selectId) => {
      const select = document.getElementById(selectId);
      const context2d = document.createElement("canvas").getContext("2d");
      if (!(select instanceof HTMLSelectElement) || !context2d) return false;
      const style = getComputedStyle(select);
      context2d.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const padding = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
      // Chromium draws the drop-down arrow inside the padding box; keep room for it.
      const room = select.clientWidth - padding - 20;
      return [...select.options].every((option) => context2d.measureText(option.text).width <= room);
    }, id);
  }

  /** Elements of the page's main content that stick out past the right edge of the screen. */
  async function overflowingElements(): Promise<string[]> {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll("main *")]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    });
  }

  beforeAll(async () => {
    ({ ts, baseUrl } = await startWebServer({ env: { FREE_CREDITS_ON_SIGNUP: "1" } }));
    account = await createVerifiedAccount(ts, { displayName: "Nia Planner" });
    browser = await openBrowser({ defaultTimeout: 15_000 });
    page = browser.page;
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.includes("jobDescription.preview")) previewCalls.push(request.url());
    });
    await submitSignInForm(page, baseUrl, account, "/interviews/new");
    await page.waitForURL(`${baseUrl}/interviews/new`);
    // Server, Chromium and a sign-in through the form: on a busy machine this outlasts the default minute.
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await ts?.stop();
  });

  it("starts from the full interview: all six topics, whole difficulty labels, Start enabled", async () => {
    await page.getByRole("heading", { level: 1, name: "New interview" }).waitFor();
    expect(await checkedTopics()).toEqual(TOPICS);
    expect(await page.getByTestId("topic-count").textContent()).toBe("6 of 6 chosen");
    expect(await page.getByLabel("Difficulty").inputValue()).toBe("auto");
    expect(await page.getByTestId("difficulty-hint").textContent()).toBe(
      "Auto picks Mid-level without a job description, or the level a job description asks for.",
    );
    expect(await selectLabelsFit("difficulty")).toBe(true);
    await page.getByText("You have 1 credit.").waitFor();
    expect(await startButton().isEnabled()).toBe(true);
    expect(await page.getByTestId("remembered-note").count()).toBe(0);
  });

  it("says why Start is disabled when no topic is chosen", async () => {
    for (const topic of TOPICS) await topicBox(topic).uncheck();
    expect(await startButton().isDisabled()).toBe(true);
    expect(await page.getByTestId("start-blocked-reason").textContent()).toBe("Choose at least one topic to start.");
    expect(await page.locator("#topics-error").textContent()).toBe("Choose at least one topic to start.");
    await page.getByRole("button", { name: "Choose all topics" }).click();
    expect(await checkedTopics()).toEqual(TOPICS);
    expect(await startButton().isEnabled()).toBe(true);
    expect(await page.getByTestId("start-blocked-reason").count()).toBe(0);
  });

  it("shows what a sample job description asks for once typing pauses, and spends nothing", async () => {
    const callsBefore = previewCalls.length;
    await page.getByRole("button", { name: "Senior backend engineer (payments)" }).click();
    const analysis = page.getByTestId("jd-analysis");
    await expect.poll(() => analysis.getByTestId("jd-level").textContent()).toMatch(/^Senior/);
    const stack = await analysis.getByTestId("jd-stack").getByRole("listitem").allTextContents();
    expect(stack).toEqual(expect.arrayContaining(["Go", "PostgreSQL", "Kafka"]));
    expect(await analysis.getByTestId("jd-domain").textContent()).not.toBe("");
    expect(await analysis.getByText("Responsibilities").count()).toBe(1);
    expect(await analysis.getByTestId("jd-auto-difficulty").textContent()).toBe("Difficulty “Auto” will pick Senior.");
    expect(await page.getByTestId("difficulty-hint").textContent()).toBe(
      "Auto picks Senior from your job description.",
    );
    expect(previewCalls.length - callsBefore).toBe(1);
    await screenshot("new-interview-desktop-analysis");

    // Typing more is analysed once after the pause, not once per keystroke.
    await jobDescription().press("End");
    await jobDescription().pressSequentially(" Remote OK.", { delay: 40 });
    await page.getByText("Here is what we found.").waitFor();
    await expect.poll(() => previewCalls.length - callsBefore).toBe(2);
    await page.waitForTimeout(1_500);
    expect(previewCalls.length - callsBefore).toBe(2);

    // Analyse on demand has nothing to do for text that is already analysed.
    expect(await page.getByRole("button", { name: "Analyse job description" }).isDisabled()).toBe(true);

    // No credit moved and no interview exists.
    expect((await account.client.billing.status.query()).usableCredits).toBe(1);
    await page.getByText("You have 1 credit.").waitFor();
    expect((await account.client.interview.list.query({ limit: 5 })).items).toHaveLength(0);
  });

  it("counts characters, warns near the limit and marks over-long text before Start", async () => {
    const counter = page.getByTestId("jd-counter");
    await jobDescription().fill("Go developer");
    expect(await counter.textContent()).toBe(`12 / 20,000 characters`);
    expect(await page.getByTestId("jd-counter-announcement").textContent()).toBe("");

    await jobDescription().fill(`Go developer. ${"x".repeat(18_486)}`);
    expect(await counter.textContent()).toBe("18,500 / 20,000 characters — 1,500 left");
    expect(await page.getByTestId("jd-counter-announcement").textContent()).toBe("Fewer than 2,000 characters left.");

    const callsBefore = previewCalls.length;
    await jobDescription().fill("y".repeat(MAX_CHARS + 1));
    expect(await counter.textContent()).toBe(
      "20,001 / 20,000 characters — 1 over the limit. Shorten it to start the interview.",
    );
    expect(await page.getByTestId("jd-counter-announcement").textContent()).toBe(
      "The job description is over the 20,000-character limit.",
    );
    expect(await jobDescription().getAttribute("aria-invalid")).toBe("true");
    expect(await startButton().isDisabled()).toBe(true);
    expect(await page.getByTestId("start-blocked-reason").textContent()).toBe(
      "Shorten the job description to 20,000 characters or fewer to start.",
    );
    // Over-long text is never sent for analysis.
    await page.waitForTimeout(1_500);
    expect(previewCalls.length).toBe(callsBefore);
    await jobDescription().fill("");
    expect(await startButton().isEnabled()).toBe(true);
  });

  it("remembers the choices for this account across a reload, and resets to the full interview", async () => {
    await topicBox("Introduction").uncheck();
    await topicBox("Behavioral").uncheck();
    await page.getByLabel("Questions per topic").selectOption("3");
    await page.getByLabel("Difficulty").selectOption("senior");
    await page.getByLabel("Programming language").selectOption("Go");
    await page.getByLabel("Time limit").selectOption("45");
    expect(await page.getByTestId("difficulty-hint").textContent()).toBe("Questions are written for this level.");

    await page.reload();
    await page.getByTestId("remembered-note").waitFor();
    expect(await checkedTopics()).toEqual([
      "Coding",
      "System Design",
      "Databases and Data Management",
      "General Backend Knowledge",
    ]);
    expect(await page.getByLabel("Questions per topic").inputValue()).toBe("3");
    expect(await page.getByLabel("Difficulty").inputValue()).toBe("senior");
    expect(await page.getByLabel("Programming language").inputValue()).toBe("Go");
    expect(await page.getByLabel("Time limit").inputValue()).toBe("45");
    // Kept under this account's id, so another account on the same browser starts from its own.
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toContain(`interviewer:new-interview-settings:${account.userId}`);

    await page.getByRole("button", { name: "Reset to the full interview" }).click();
    expect(await checkedTopics()).toEqual(TOPICS);
    expect(await page.getByLabel("Difficulty").inputValue()).toBe("auto");
    expect(await page.getByTestId("remembered-note").count()).toBe(0);
  });

  it("explains the score scale in a collapsible guide", async () => {
    const guide = page.getByTestId("scoring-guide");
    const passing = guide.getByText("7 is the passing bar for the level: correct and reasonably complete.");
    expect(await passing.isVisible()).toBe(false);
    await guide.getByText("How answers are scored").click();
    await passing.waitFor();
    expect(await guide.locator("dt").allTextContents()).toEqual(["1-3", "4-6", "7", "8-10"]);
    await guide.getByText(/An unrelated, off-topic or generic answer scores at most 3/).waitFor();
    await guide.getByText(/senior-quality answers that cover the key points with depth and trade-offs/).waitFor();
    await screenshot("new-interview-desktop-guide");
    await guide.getByText("How answers are scored").click();
    expect(await passing.isVisible()).toBe(false);
  });

  it("works on a phone: nothing sticks out, labels fit, the analysis shows", async () => {
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "New interview" }).waitFor();
    expect(await checkedTopics()).toEqual(TOPICS);
    for (const id of ["questions-per-topic", "difficulty", "language", "time-limit"]) {
      expect(await selectLabelsFit(id), id).toBe(true);
    }
    await page.getByRole("button", { name: "Mid-level Node.js API developer" }).click();
    const analysis = page.getByTestId("jd-analysis");
    await expect.poll(() => analysis.getByTestId("jd-level").textContent()).toMatch(/^Mid-level/);
    const stack = await analysis.getByTestId("jd-stack").getByRole("listitem").allTextContents();
    expect(stack).toEqual(expect.arrayContaining(["Node.js", "TypeScript"]));
    await page.getByTestId("scoring-guide").getByText("How answers are scored").click();
    expect(await overflowingElements()).toEqual([]);
    await screenshot("new-interview-phone");
  });

  it("starts the interview with the job description: the one credit is spent only now", async () => {
    await startButton().click();
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    expect((await account.client.billing.status.query()).usableCredits).toBe(0);
    const interviewId = page.url().split("/").at(-1) ?? "";
    const interview = await account.client.interview.get.query({ interviewId });
    expect(interview.plan.jobDescription).toContain("Node.js");
    expect(interview.plan.topics).toHaveLength(6);
    expect(browser.errors.appErrors).toEqual([]);
  });
});
