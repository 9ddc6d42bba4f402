// The interview room as a conversation, in a real browser against the real server: the thread of
// earlier questions (collapsible, code shown as code, skips as "Skipped"), "Skip / I don't know"
// with its confirmation, code on a non-coding question (SQL), a coding question's code with its
// separate explanation (Run still runs), Tab indenting and Escape leaving the editor, focus and the
// announcement on each new question, the retry screen's first attempt and gaps, progress that counts
// planned questions only with a follow-up labelled (a model that always asks one: the fake
// OpenAI-compatible server), and no sideways scrolling at 390×844 with the thread open.
// Skipped (with the reason printed) when Chromium is not installed.
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { executableSpecOfTurn } from "@interviewer/testing/executable-questions";
import type { TestServer } from "@interviewer/testing/test-server";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FakeOpenAIServer,
  startFakeOpenAIServer,
} from "../../../packages/engine/src/testing/fake-openai-server.ts";
import { artifactPath } from "./harness/artifacts.ts";
import type { BrowserSession } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { expectNoSidewaysScroll } from "./harness/page-layout.ts";
import { openSignedInBrowser } from "./harness/sign-in.ts";
import { DESKTOP_WIDE, PHONE } from "./harness/viewports.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const SQL =
  "SELECT customer_id, count(*) FROM orders\nWHERE created_at > now() - interval '1 day'\nGROUP BY customer_id;";
const SQL_PROSE =
  "I would index orders by (created_at, customer_id) so this daily report reads only the last day, and check the plan with EXPLAIN.";
const EXPLANATION = "One pass over the input, O(n) time; an empty input returns the neutral value.";

/** The id of the focused element (or its tag when it has none). */
function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active ? active.id || active.tagName.toLowerCase() : "";
  });
}

/** A thread entry's own disclosure (its evaluation has a "Model answer" one inside). */
const entryDetails = (entry: Locator) => entry.locator(":scope > details");
const entrySummary = (entry: Locator) => entry.locator(":scope > details > summary");

/** Waits for the evaluation screen of an answer just sent, with its score. */
async function waitForEvaluation(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Your evaluation" }).waitFor({ timeout: 60_000 });
  // The latest evaluation's card, not an earlier one in the thread.
  await page.getByTestId("latest-evaluation").getByTestId("score").first().waitFor();
}

describe.skipIf(skipReason !== null)("the interview room as a conversation", { timeout: 180_000 }, () => {
  let ts: TestServer;
  let baseUrl: string;
  let account: TestAccount;
  let browser: BrowserSession | undefined;

  beforeAll(async () => {
    ({ ts, baseUrl } = await startWebServer({ env: { FREE_CREDITS_ON_SIGNUP: "5" } }));
    account = await createVerifiedAccount(ts, { displayName: "Conversation Candidate" });
    browser = await openSignedInBrowser(baseUrl, account, { defaultTimeout: 20_000, viewport: DESKTOP_WIDE });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await ts?.stop();
  });

  it("skips a question, answers the next with SQL and prose, and keeps both in a collapsible thread", async () => {
    const page = browser?.page;
    if (!page) throw new Error("no browser");
    // Three planned questions, whatever follow-ups come.
    const view = await account.client.interview.create.mutate({
      topics: ["databases"],
      questionsPerTopic: 3,
      difficulty: "mid",
    });
    await page.goto(`${baseUrl}/interviews/${view.id}`);
    const progress = page.getByTestId("progress");
    await expect.poll(() => progress.textContent()).toBe("Question 1 of 3 · Databases and Data Management");
    expect(await page.locator("progress").getAttribute("aria-label")).toBe("0 of 3 planned questions answered");

    // Nothing written: Submit is disabled and says why, through its description.
    const submit = page.getByRole("button", { name: "Submit answer" });
    expect(await submit.isDisabled()).toBe(true);
    const hintId = (await submit.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${hintId}"]`).textContent()).toContain("Write an answer to submit");

    // Skip asks first; "Keep answering" goes back with focus on Skip and nothing sent.
    await page.getByRole("button", { name: "Skip / I don't know" }).click();
    await page.getByRole("group", { name: "Skip this question?" }).waitFor();
    await page.getByRole("button", { name: "Keep answering" }).click();
    expect(
      await page.getByRole("button", { name: "Skip / I don't know" }).evaluate((e) => e === document.activeElement),
    ).toBe(true);
    await page.getByRole("button", { name: "Skip / I don't know" }).click();
    // Focus is on the confirming button, so Enter skips.
    await page.keyboard.press("Enter");
    await waitForEvaluation(page);
    // The evaluation screen takes focus: the candidate's button went away with the editor.
    await expect.poll(() => focusedId(page)).toBe("evaluation-heading");
    const latest = page.getByTestId("latest-evaluation");
    expect(await latest.getByTestId("score").first().textContent()).toBe("1/10");
    expect(await latest.getByTestId("evaluation").textContent()).toMatch(/skipped/i);

    // Next question: focus on its heading, and the question is announced with its place.
    await page.getByRole("button", { name: "Next question" }).click();
    await expect.poll(() => focusedId(page)).toBe("question-heading");
    const second = await account.client.interview.get.query({ interviewId: view.id });
    expect(second.currentQuestion?.kind).toBe("main");
    const secondText = second.currentQuestion?.text ?? "";
    await expect.poll(() => progress.textContent()).toBe("Question 2 of 3 · Databases and Data Management");
    expect(await page.getByTestId("question-announcement").textContent()).toBe(
      `Question 2 of 3, Databases and Data Management: ${secondText}`,
    );
    expect(await page.locator("progress").getAttribute("value")).toBe("1");

    // An answer in words with SQL beside it: the code editor starts in SQL for a databases question.
    await page.getByLabel("Your answer", { exact: true }).fill(SQL_PROSE);
    const addCode = page.getByRole("button", { name: "Add code" });
    expect(await addCode.getAttribute("aria-expanded")).toBe("false");
    await addCode.click();
    expect(await page.getByRole("button", { name: "Remove code" }).getAttribute("aria-expanded")).toBe("true");
    expect(await page.getByRole("combobox", { name: /^Language/ }).inputValue()).toBe("SQL");
    await page.locator(".cm-content").click();
    await page.keyboard.insertText(SQL);
    // Not a coding question: no Run (SQL is graded by reading).
    expect(await page.getByRole("button", { name: "Run", exact: true }).count()).toBe(0);
    await submit.click();
    await waitForEvaluation(page);
    await expect.poll(() => focusedId(page)).toBe("evaluation-heading");
    const transcript = await account.client.interview.transcript.query({ interviewId: view.id });
    const stored = transcript.turns[1]?.answer ?? "";
    expect(stored).toContain(SQL_PROSE);
    expect(stored).toContain(SQL);
    expect(stored).toMatch(/```+sql\n/i);

    await page.getByRole("button", { name: "Next question" }).click();
    await expect.poll(() => focusedId(page)).toBe("question-heading");
    const third = await account.client.interview.get.query({ interviewId: view.id });
    // The builtin interviewer may follow up on a partial answer: then it is labelled as one.
    await expect
      .poll(() => progress.textContent())
      .toBe(
        third.currentQuestion?.kind === "follow-up"
          ? "Follow-up to question 2 · Databases and Data Management"
          : "Question 3 of 3 · Databases and Data Management",
      );
    expect(await page.locator("progress").getAttribute("value")).toBe("2");

    // The thread: both earlier questions, collapsed, with their labels and scores.
    const entries = page.getByTestId("thread-entry");
    expect(await entries.count()).toBe(2);
    const first = entries.nth(0);
    const answered = entries.nth(1);
    expect(await entrySummary(first).textContent()).toMatch(/^Question 1 · Databases and Data Management · Skipped/);
    expect(await entrySummary(first).getByTestId("score").textContent()).toBe("1/10");
    expect(await entrySummary(answered).textContent()).toMatch(/^Question 2 · Databases and Data Management/);
    for (const entry of [first, answered]) expect(await entryDetails(entry).getAttribute("open")).toBeNull();
    // Open, the answer shows its prose as prose and its code as code; closed again, it is hidden.
    await entrySummary(answered).click();
    expect(await entryDetails(answered).getAttribute("open")).not.toBeNull();
    expect(await answered.locator(".answer-prose").textContent()).toBe(SQL_PROSE);
    expect(await answered.getByTestId("code-answer").textContent()).toBe(SQL);
    expect(await answered.locator("figcaption").textContent()).toMatch(/SQL/i);
    await answered.getByTestId("evaluation").waitFor();
    await entrySummary(first).click();
    expect(await first.getByText("Skipped.", { exact: true }).isVisible()).toBe(true);
    await page.screenshot({ path: await artifactPath("conversation-thread-desktop.png"), fullPage: true });
    await entrySummary(answered).click();
    expect(await entryDetails(answered).getAttribute("open")).toBeNull();
    expect(await answered.getByTestId("code-answer").isVisible()).toBe(false);

    // On a phone, with the whole thread open, nothing scrolls sideways.
    await page.setViewportSize(PHONE);
    await entrySummary(answered).click();
    await expectNoSidewaysScroll(page, "the room at 390×844 with the thread open");
    await page.screenshot({ path: await artifactPath("conversation-thread-phone.png"), fullPage: true });
    await page.setViewportSize(DESKTOP_WIDE);
  });

  it("a coding question: Tab indents, Escape leaves the editor, Run runs, and the explanation goes with the code", async () => {
    const page = browser?.page;
    if (!page) throw new Error("no browser");
    const view = await account.client.interview.create.mutate({
      // Two questions: a retry is offered while the interview goes on.
      topics: ["coding"],
      questionsPerTopic: 2,
      difficulty: "junior",
      language: "JavaScript",
    });
    const turnId = view.currentQuestion?.turnId ?? "";
    const spec = await executableSpecOfTurn(ts, turnId);
    await page.goto(`${baseUrl}/interviews/${view.id}`);

    // Code mode from the start, in the interview's language, with the explanation box under it.
    const editor = page.locator(".cm-content");
    await editor.waitFor();
    expect(await page.getByRole("combobox", { name: /^Language/ }).inputValue()).toBe("JavaScript");
    // By role: a question may itself ask to explain an approach (the room's region is named by it).
    const explanation = page.getByRole("textbox", { name: "Explain your approach" });
    await explanation.waitFor();
    expect(await page.getByRole("button", { name: "Add code" }).count()).toBe(0);
    // The editor's keys are in its description.
    const describedBy = (await editor.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain("Tab indents and Esc moves on");

    // Tab indents inside the editor (focus stays), Escape moves on to the next control.
    await editor.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText("x");
    await page.keyboard.press("Home");
    await page.keyboard.press("Tab");
    await expect.poll(() => editor.textContent()).toMatch(/^\s+x$/);
    expect(await editor.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("Escape");
    expect(await explanation.evaluate((element) => element === document.activeElement)).toBe(true);

    // A correct solution runs against the examples.
    await editor.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText(spec.referenceSolutions.javascript);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    const examples = page.getByTestId("example-results");
    await examples.waitFor({ timeout: 60_000 });
    await expect.poll(() => examples.locator('[data-verdict="passed"]').count()).toBe(spec.examples.length);

    await explanation.fill(EXPLANATION);
    await page.getByRole("button", { name: "Submit answer" }).click();
    await waitForEvaluation(page);
    const hidden = page.getByTestId("latest-evaluation").getByTestId("hidden-results");
    expect(await hidden.getByRole("heading").textContent()).toBe(
      `Hidden tests: passed ${spec.hiddenTests.length} of ${spec.hiddenTests.length}`,
    );
    const transcript = await account.client.interview.transcript.query({ interviewId: view.id });
    const stored = transcript.turns[0]?.answer ?? "";
    expect(stored.startsWith(EXPLANATION)).toBe(true);
    expect(stored).toContain(spec.referenceSolutions.javascript.trim());
    expect(stored).toMatch(/```+javascript\n/i);
    expect(transcript.turns[0]?.codeResult).toMatchObject({ language: "javascript", passed: spec.hiddenTests.length });

    // The retry screen starts from the first attempt: its gaps, and the attempt itself (collapsed).
    await page.getByRole("button", { name: "Retry this question" }).click();
    await expect.poll(() => focusedId(page)).toBe("question-heading");
    expect(await page.getByTestId("question-announcement").textContent()).toContain("second attempt");
    const firstAttempt = page.getByTestId("first-attempt");
    await firstAttempt.getByRole("heading", { name: "What to add this time" }).waitFor();
    const improvement = transcript.turns[0]?.evaluation?.feedback.improvement ?? "";
    expect(await firstAttempt.textContent()).toContain(improvement);
    const attemptDetails = firstAttempt.locator("details");
    expect(await attemptDetails.getAttribute("open")).toBeNull();
    expect(await attemptDetails.locator("summary").textContent()).toMatch(/^Your first attempt/);
    await attemptDetails.locator("summary").click();
    expect(await firstAttempt.getByTestId("code-answer").textContent()).toContain(
      spec.referenceSolutions.javascript.trim().split("\n")[0],
    );
    expect(await firstAttempt.locator(".answer-prose").textContent()).toBe(EXPLANATION);
    // The editor is there for the second attempt, under the gaps.
    await page.locator(".cm-content").waitFor();
    await page.screenshot({ path: await artifactPath("conversation-retry.png"), fullPage: true });
  });

  it("logs no application errors", () => {
    expect(browser?.errors.appErrors).toEqual([]);
  });
});

describe.skipIf(skipReason !== null)("follow-ups in the room", { timeout: 180_000 }, () => {
  let fake: FakeOpenAIServer;
  let ts: TestServer;
  let baseUrl: string;
  let account: TestAccount;
  let browser: BrowserSession | undefined;

  beforeAll(async () => {
    // The fake model asks a follow-up after every answer; the plan allows one per planned question.
    fake = await startFakeOpenAIServer();
    ({ ts, baseUrl } = await startWebServer({
      env: {
        INTERVIEWER_PROVIDER: "openai",
        OPENAI_API_KEY: "test-key",
        OPENAI_BASE_URL: fake.baseURL,
        OPENAI_MODEL: "test-model",
        OPENAI_MAX_RETRIES: "0",
      },
    }));
    account = await createVerifiedAccount(ts, { displayName: "Follow-up Candidate" });
    browser = await openSignedInBrowser(baseUrl, account, { defaultTimeout: 20_000, viewport: DESKTOP_WIDE });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await ts?.stop();
    await fake?.close();
  });

  it("a follow-up is labelled as one and uses no planned question", async () => {
    const page = browser?.page;
    if (!page) throw new Error("no browser");
    const view = await account.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });
    await page.goto(`${baseUrl}/interviews/${view.id}`);
    const progress = page.getByTestId("progress");
    await expect.poll(() => progress.textContent()).toBe("Question 1 of 1 · System Design");
    await page
      .getByLabel("Your answer", { exact: true })
      .fill("A client-supplied idempotency key, stored with the result in one transaction under a unique constraint.");
    await page.getByRole("button", { name: "Submit answer" }).click();
    await waitForEvaluation(page);
    // The evaluation screen already says what comes next.
    expect(await progress.textContent()).toBe("Next: Follow-up to question 1 · System Design");

    await page.getByRole("button", { name: "Next question" }).click();
    await expect.poll(() => focusedId(page)).toBe("question-heading");
    expect(await progress.textContent()).toBe("Follow-up to question 1 · System Design");
    const followUp = await account.client.interview.get.query({ interviewId: view.id });
    expect(followUp.currentQuestion?.kind).toBe("follow-up");
    expect(await page.getByTestId("question-announcement").textContent()).toBe(
      `Follow-up to question 1, System Design: ${followUp.currentQuestion?.text ?? ""}`,
    );
    expect(await page.locator(".question .eyebrow").textContent()).toBe("Follow-up");
    // The one planned question is answered: 1 of 1, not 1 of 2.
    expect(await page.locator("progress").getAttribute("aria-label")).toBe("1 of 1 planned question answered");
    expect(await entrySummary(page.getByTestId("thread-entry")).textContent()).toMatch(/^Question 1 · System Design/);

    // Answering the follow-up ends the interview: no follow-up of a follow-up, no extra question.
    await page.getByLabel("Your answer", { exact: true }).fill("The endpoint returns the stored response for the key.");
    await page.getByRole("button", { name: "Submit answer" }).click();
    await waitForEvaluation(page);
    await page.getByRole("link", { name: "See your report" }).waitFor();
    expect(browser?.errors.appErrors).toEqual([]);
  });
});
