// The web app in a real browser (system Chromium via playwright-core) against the real server on the
// embedded database, with the built-in interviewer, the dev mail outbox and the billing simulator:
// a candidate signs up, verifies, buys a credit, runs a short interview (one streamed evaluation and
// one retry), reads and exports the report, sees the dashboard, survives an expired access token,
// resets the password, signs in by keyboard, and deletes the account. Screenshots go to
// apps/web/test-artifacts/. Skipped (with the reason printed) when Chromium is not installed.
import { readFile } from "node:fs/promises";
import { latestMail } from "@interviewer/testing/accounts";
import { createTestClock, MINUTE } from "@interviewer/testing/test-clock";
import type { TestServer } from "@interviewer/testing/test-server";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactPath } from "./harness/artifacts.ts";
import { type BrowserSession, openBrowser } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { submitSignInForm } from "./harness/sign-in.ts";
import { submitSignUpForm } from "./harness/sign-up.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const PASSWORD = "a long practice passphrase";
const NEW_PASSWORD = "another long practice passphrase";
const CODE_ANSWER =
  "function dedupe(items) {\n// O(n) time and O(n) space with a hash set; handles empty input and duplicates\nconst seen = new Set();\nreturn items.filter((x) => !seen.has(x) && seen.add(x));\n}";
const TEXT_ANSWER =
  "I would add an index on the columns in the WHERE clause, check the query plan with EXPLAIN, use transactions with " +
  "the right isolation level, consider replication for reads and sharding for scale, caching with invalidation, and " +
  "normalise the schema while denormalising hot paths; trade-offs: consistency versus availability, monitoring and metrics.";

/** The first link in an email's text, which must point at the origin the browser uses. */
function linkFromMail(textBody: string): string {
  const link = /https?:\/\/\S+[?&]token=[A-Za-z0-9_-]+/.exec(textBody)?.[0];
  if (!link) throw new Error(`no link in email:\n${textBody}`);
  return link;
}

describe.skipIf(skipReason !== null)("a candidate's journey through the web app", () => {
  const clock = createTestClock();
  const email = `browser-${process.pid}-${Date.now().toString(36)}@example.com`;
  let ts: TestServer;
  let browser: BrowserSession;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  const trpcCalls: string[] = [];
  let interviewId = "";

  const screenshot = async (name: string, options: { fullPage?: boolean } = {}) =>
    page.screenshot({ path: await artifactPath(`${name}.png`), fullPage: options.fullPage ?? true });
  const nav = (name: string) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name });

  beforeAll(async () => {
    ({ ts, baseUrl } = await startWebServer({
      clock,
      env: {
        // No free credit: the candidate meets the "no credits" path and buys one.
        FREE_CREDITS_ON_SIGNUP: "0",
      },
    }));
    expect(ts.url).toBe(baseUrl);
    browser = await openBrowser({ defaultTimeout: 15_000 });
    ({ context, page } = browser);
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith("/trpc/")) trpcCalls.push(url.pathname.slice("/trpc/".length));
    });
    // Records the streamed feedback text as it appears, so the test can tell it streamed in pieces.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { streamedFeedback: string[] }).streamedFeedback = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="streaming-feedback"]')?.textContent ?? "";
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await ts?.stop();
  });

  it("the landing page says what it is, how it works and what it costs", async () => {
    await page.goto(baseUrl);
    await page.getByRole("heading", { level: 1, name: /Practise backend interviews/ }).waitFor();
    await page.getByRole("heading", { name: "How an interview works" }).waitFor();
    await page.getByRole("heading", { name: "Plans" }).waitFor();
    await screenshot("01-landing");
  });

  it("signing up emails a verification link that signs the candidate in", async () => {
    await page.getByRole("link", { name: "Start practising" }).click();
    await submitSignUpForm(page, { name: "Ada Candidate", email, password: PASSWORD });

    const mail = await latestMail(ts, email, "verify_email");
    const link = linkFromMail(mail?.textBody ?? "");
    expect(link.startsWith(`${baseUrl}/verify-email?token=`)).toBe(true);
    await page.goto(link);
    await page.getByRole("heading", { name: "Welcome, Ada Candidate" }).waitFor();
    expect(await page.getByTestId("usable-credits").textContent()).toBe("0");
  });

  it("without credits, the new-interview page says so and leads to billing", async () => {
    await nav("New interview").click();
    await page.getByText("Starting costs one credit.").waitFor();
    await page.getByTestId("no-credits").waitFor();
    await screenshot("02-new-interview-no-credits");
    await page.getByTestId("no-credits").getByRole("link", { name: "Buy a credit or choose a plan" }).click();
    await page.getByRole("heading", { level: 1, name: "Billing" }).waitFor();
  });

  it("buys a credit through the billing simulator and sees it in the ledger", async () => {
    await page.getByRole("button", { name: "Buy 1 credit" }).click();
    await page.waitForURL(/\/dev\/billing\/checkout/);
    await page.getByRole("button", { name: "Pay" }).click();
    await page.getByRole("link", { name: "Back to Interviewer" }).click();
    await page.waitForURL(`${baseUrl}/billing?checkout=success`);
    await expect.poll(() => page.getByTestId("billing-credits").textContent()).toBe("1");
    await page.getByTestId("ledger").getByText("+1").waitFor();
    await screenshot("03-billing");
  });

  // A whole interview typed key by key, three streamed evaluations and a report: more than the default
  // 30 s on a machine shared with other work.
  it("runs a whole interview: coding in the code editor, a streamed evaluation, one retry, then the report", {
    timeout: 90_000,
  }, async () => {
    await nav("New interview").click();
    // The page starts from the full interview (all six topics); this journey keeps Coding and Databases.
    for (const topic of [/Introduction/, /System Design/, /Behavioral/, /General Backend/]) {
      await page.getByRole("checkbox", { name: topic }).uncheck();
    }
    await page.getByLabel("Questions per topic").selectOption("1");
    await page.getByLabel("Time limit").selectOption("30");
    await page.getByRole("button", { name: "Senior backend engineer (payments)" }).click();
    expect(await page.getByLabel("Job description (optional)").inputValue()).toContain("Payments Platform");
    await page.getByLabel("Job description (optional)").fill("");
    await page.getByRole("button", { name: "Start interview (1 credit)" }).click();

    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
    interviewId = page.url().split("/").at(-1) ?? "";
    await expect.poll(() => page.getByTestId("progress").textContent()).toBe("Question 1 of 2 · Coding");
    await page.getByRole("timer").waitFor();
    const editor = page.locator(".cm-content");
    await editor.waitFor();
    await editor.click();
    await page.keyboard.type(CODE_ANSWER);
    await screenshot("04-interview-room-coding");

    // Keyboard submit from inside the code editor.
    await page.keyboard.press("Control+Enter");
    await page.getByRole("heading", { name: "Your evaluation" }).waitFor();
    expect(trpcCalls.some((call) => call.startsWith("interview.evaluation"))).toBe(true);
    const streamed = await page.evaluate(() => (window as unknown as { streamedFeedback: string[] }).streamedFeedback);
    expect(streamed.some((text) => !text.startsWith("The interviewer is reading"))).toBe(true);
    await page.getByTestId("latest-evaluation").getByTestId("score").first().waitFor();
    await screenshot("05-evaluation");

    // One retry of the same question, submitted with the button this time.
    await page.getByRole("button", { name: "Retry this question" }).click();
    // The retry starts from the first attempt's gaps.
    await page.getByTestId("first-attempt").getByRole("heading", { name: "What to add this time" }).waitFor();
    expect(await page.locator(".question .eyebrow").textContent()).toBe("Question · second attempt");
    await page.locator(".cm-content").click();
    await page.keyboard.type("// Second attempt: a hash set gives O(n) time; sorting first would be O(n log n).");
    await page.getByRole("button", { name: "Submit answer" }).click();
    await page.getByText("(second attempt)").waitFor();
    expect(await page.getByRole("button", { name: "Retry this question" }).count()).toBe(0);

    // A reload in the middle continues where the interview was.
    await page.reload();
    await page.getByRole("heading", { name: "Your evaluation" }).waitFor();
    await page.getByRole("button", { name: "Next question" }).click();
    await expect
      .poll(() => page.getByTestId("progress").textContent())
      .toBe("Question 2 of 2 · Databases and Data Management");
    // The conversation so far: the coding question and its retry.
    expect(await page.getByTestId("thread-entry").count()).toBe(2);
    const textarea = page.getByLabel("Your answer", { exact: true });
    const draft = TEXT_ANSWER.slice(0, 60);
    await textarea.fill(draft);

    // Pause and leave, then resume from the dashboard: the draft is still there.
    await page.getByRole("button", { name: "Pause and leave" }).click();
    await page.waitForURL(`${baseUrl}/dashboard`);
    await page.getByRole("link", { name: "Resume" }).click();
    await page.getByRole("heading", { name: "Interview paused" }).waitFor();
    await page.getByRole("button", { name: "Resume interview" }).click();
    await expect.poll(() => textarea.inputValue()).toBe(draft);
    await textarea.fill(TEXT_ANSWER);
    await textarea.press("Control+Enter");
    await page.getByRole("heading", { name: "Your evaluation" }).waitFor();
    // The evaluation rests on evidence: what was not covered is named, and the full model answer is there.
    const evaluationCard = page.getByTestId("latest-evaluation").getByTestId("evaluation");
    await evaluationCard.getByRole("heading", { name: "Not covered" }).waitFor();
    await evaluationCard.getByText("Model answer", { exact: true }).click();
    expect((await evaluationCard.locator(".model-answer").textContent())?.length ?? 0).toBeGreaterThan(200);
    await page.getByRole("link", { name: "See your report" }).click();

    await page.waitForURL(`${baseUrl}/interviews/${interviewId}/report`);
    await page.getByRole("heading", { name: "Interview report" }).waitFor();
    expect(await page.getByTestId("overall-score").textContent()).toMatch(/^\d+%$/);
    await page.getByTestId("report-verdict").waitFor();
    await expect.poll(() => page.locator(".transcript > li").count()).toBe(3);
    await screenshot("06-report");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export as Markdown" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^interview-.*\.md$/);
    const markdown = await readFile((await file.path()) ?? "", "utf8");
    expect(markdown).toContain("#");
    expect(markdown.length).toBeGreaterThan(200);
    expect(markdown).toContain("Not covered:");
    expect(markdown).toContain("Model answer:");

    await page.emulateMedia({ media: "print" });
    await screenshot("07-report-print");
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
  });

  it("the dashboard shows the score, the charts and the interview in the history", async () => {
    await nav("Dashboard").click();
    await page.getByTestId("interview-history").getByRole("link", { name: "Report" }).waitFor();
    expect(await page.getByTestId("interview-history").getByTestId("score").textContent()).toMatch(/^\d+%$/);
    await page.getByTestId("score-trend-chart").locator(".recharts-line-dots circle").first().waitFor();
    await page.getByTestId("topic-chart").locator(".recharts-bar-rectangle").first().waitFor();
    await page.getByTestId("readiness-verdict").waitFor();
    expect(await page.getByTestId("usable-credits").textContent()).toBe("0");
    await screenshot("08-dashboard");
    // The same page in the dark theme, switched with the header's toggle.
    const themeToggle = page.getByRole("button", { name: /Switch to (dark|light) theme/ });
    if ((await themeToggle.getAttribute("aria-label")) === "Switch to dark theme") await themeToggle.click();
    await page.locator('html[data-theme="dark"]').waitFor({ state: "attached" });
    await screenshot("08-dashboard-dark");
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });

  it("refreshes an expired access token silently, and restores the session on reload", async () => {
    const refreshesBefore = trpcCalls.filter((call) => call.includes("auth.refresh")).length;
    clock.advance(16 * MINUTE); // past the access token's 15 minutes, on the server's clock
    await nav("Billing").click();
    await expect.poll(() => page.getByTestId("billing-credits").textContent()).toBe("0");
    expect(page.url()).toBe(`${baseUrl}/billing`);
    expect(trpcCalls.filter((call) => call.includes("auth.refresh")).length).toBeGreaterThan(refreshesBefore);

    await page.reload();
    await page.getByTestId("billing-credits").waitFor();
    expect(page.url()).toBe(`${baseUrl}/billing`);
  });

  it("subscribes to Pro in the simulator, cancels, resumes and switches to Premium", async () => {
    await page.getByRole("button", { name: "Subscribe to Pro" }).click();
    await page.waitForURL(/\/dev\/billing\/checkout/);
    await page.getByRole("button", { name: "Pay" }).click();
    await page.getByRole("link", { name: "Back to Interviewer" }).click();
    await expect.poll(() => page.getByTestId("subscription-status").textContent()).toBe("Pro — Active");
    await expect.poll(() => page.getByTestId("billing-credits").textContent()).toBe("10");

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Cancel subscription" }).click();
    await expect.poll(() => page.getByTestId("subscription-status").textContent()).toBe("Pro — Cancelled");
    await page.getByRole("button", { name: "Resume subscription" }).click();
    await expect.poll(() => page.getByTestId("subscription-status").textContent()).toBe("Pro — Active");
    await page.getByRole("button", { name: "Switch to Premium" }).click();
    // A plan change is confirmed with its price first.
    await page.getByRole("dialog").getByRole("button", { name: "Yes, switch plans" }).click();
    await expect.poll(() => page.getByTestId("subscription-status").textContent()).toBe("Premium — Active");
    await screenshot("03b-billing-subscribed");
  });

  it("signs out, resets the password through the emailed link, and signs in with the keyboard", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await page.getByRole("status").waitFor();

    const mail = await latestMail(ts, email, "reset_password");
    const link = linkFromMail(mail?.textBody ?? "");
    expect(link.startsWith(`${baseUrl}/reset-password?token=`)).toBe(true);
    await page.goto(link);
    await page.getByLabel("New password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Save new password" }).click();
    await page.getByRole("link", { name: "Sign in", exact: true }).last().waitFor();

    // Keyboard only: Tab to the email field, type, Tab to the password, type, Enter.
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    const emailField = page.getByLabel("Email");
    for (let presses = 0; presses < 20; presses += 1) {
      await page.keyboard.press("Tab");
      if (await emailField.evaluate((element) => element === document.activeElement)) break;
    }
    expect(await emailField.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(NEW_PASSWORD);
    await screenshot("09-sign-in", { fullPage: false });
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Hello, Ada Candidate" }).waitFor();
  });

  it("the account page lists sessions and deletes the account after the email is typed", async () => {
    // A second device signs in (through the API, as another app would): it shows up and can be revoked.
    await ts.client.auth.login.mutate({ email, password: NEW_PASSWORD, refreshTokenDelivery: "body" });
    await nav("Account").click();
    await page.getByTestId("sessions").getByText("This device", { exact: true }).waitFor();
    const revoke = page.getByTestId("sessions").getByRole("button", { name: "Sign out this device" });
    await expect.poll(() => revoke.count()).toBe(1);
    await screenshot("10-account");
    await revoke.click();
    await expect.poll(() => revoke.count()).toBe(0);
    const deleteButton = page.getByRole("button", { name: "Delete my account" });
    expect(await deleteButton.isDisabled()).toBe(true);
    await page.getByLabel(`Type ${email} to confirm`).fill(email);
    await page.getByLabel("Your password").fill(NEW_PASSWORD);
    await deleteButton.click();
    await page.waitForURL(`${baseUrl}/?deleted=1`);

    await submitSignInForm(page, baseUrl, { email, password: NEW_PASSWORD });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).not.toMatch(/[{}[\]]/);
  });

  it("says in words when the server cannot be reached, and when the browser is offline", async () => {
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    // The server goes away (requests fail at the network), then the browser loses its connection.
    await page.route("**/trpc/**", (route) => route.abort("connectionrefused"));
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText("The server cannot be reached right now").waitFor();
    await context.setOffline(true);
    await page.getByText("You are offline.").first().waitFor();
    await screenshot("12-offline", { fullPage: false });
    await context.setOffline(false);
    await page.unroute("**/trpc/**");
  });

  it("an unknown address shows the not-found page", async () => {
    await page.goto(`${baseUrl}/no-such-page`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await screenshot("11-not-found");
  });

  it("logged no console errors from the app", () => {
    expect(browser.errors.appErrors).toEqual([]);
  });
});
