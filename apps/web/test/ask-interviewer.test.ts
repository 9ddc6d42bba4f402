// "Ask the interviewer" in a real browser against the real server (built-in interviewer), on a phone
// (390×844) and a desktop (1440×900): a clarifying question typed and sent with the keyboard gets the
// interviewer's reply in the polite live region; "Get a hint" asks first, says how the hint lowers the
// score's ceiling, and then shows hint 1 of 3 with the count going down; once the question is answered
// the thread keeps what was asked, and the report shows it under the answer. No sideways scrolling,
// no serious axe violation. Skipped (with the reason printed) when Chromium is not installed.
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import type { TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAxeViolations } from "./harness/axe.ts";
import type { BrowserSession } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { expectNoSidewaysScroll } from "./harness/page-layout.ts";
import { openSignedInBrowser } from "./harness/sign-in.ts";
import { PHONE_AND_DESKTOP } from "./harness/viewports.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const ANSWER =
  "I would keep a token bucket per client in Redis, refilled at the allowed rate, and answer 429 with Retry-After when it is empty.";

describe.skipIf(skipReason !== null)("asking the interviewer inside a question", { timeout: 180_000 }, () => {
  let ts: TestServer;
  let baseUrl: string;
  let account: TestAccount;
  let browser: BrowserSession;

  beforeAll(async () => {
    ({ ts, baseUrl } = await startWebServer({ env: { FREE_CREDITS_ON_SIGNUP: "4" } }));
    account = await createVerifiedAccount(ts, { displayName: "Curious Candidate" });
    browser = await openSignedInBrowser(baseUrl, account, { defaultTimeout: 20_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await ts?.stop();
  });

  for (const device of PHONE_AND_DESKTOP) {
    it(`asks a clarifying question and takes a hint on a ${device.name}`, async () => {
      const { page } = browser;
      await page.setViewportSize(device.viewport);
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

      await expectNoSidewaysScroll(page, `${device.name}: the room`);
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
      await expectNoSidewaysScroll(page, `${device.name}: the room with the thread open`);

      // The report shows them under the answer.
      const next = answered.interview.currentQuestion;
      if (!next) throw new Error("the second question is missing");
      await account.client.interview.answer.mutate({ interviewId: view.id, turnId: next.turnId, answer: ANSWER });
      await page.goto(`${baseUrl}/interviews/${view.id}/report`);
      // A two-question report starts with every question open.
      const first = page.locator("#question-1");
      await first.getByRole("heading", { name: "You asked the interviewer" }).waitFor();
      await first.getByText(/^Hint 1 of 3 · nudge:/).waitFor();
      await expectNoSidewaysScroll(page, `${device.name}: the report`);
    });
  }

  it("logs no application errors in the browser", () => {
    expect(browser.errors.appErrors).toEqual([]);
  });
});
