// Voice mode in a real browser against the real server, with Chromium's fake microphone (a WAV made in
// the setup) and the fake OpenAI-compatible server as the transcriber, on a phone (390×844) and a
// desktop (1440×900), by keyboard only: start recording with Enter, see the elapsed time and the
// announced state, stop, get the fake transcript in an editable box that takes focus, correct a word,
// submit with Ctrl+Enter, and see how the answer came across after its evaluation (and in the report).
// "Type instead" switches the question to the typed editor. No sideways scrolling, no serious axe
// violation. Skipped (with the reason printed) when Chromium is not installed.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import type { TestServer } from "@interviewer/testing/test-server";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FakeOpenAIServer,
  startFakeOpenAIServer,
} from "../../../packages/engine/src/testing/fake-openai-server.ts";
import { seriousAxeViolations } from "./harness/axe.ts";
import { type BrowserSession, openBrowser } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { fakeMicrophoneArgs } from "./harness/fake-microphone.ts";
import { expectNoSidewaysScroll } from "./harness/page-layout.ts";
import { openSignedInBrowser, signInToDashboard } from "./harness/sign-in.ts";
import { DESKTOP_WIDE, PHONE_AND_DESKTOP } from "./harness/viewports.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? "");
}

describe.skipIf(skipReason !== null)("answering by voice", { timeout: 180_000 }, () => {
  let fake: FakeOpenAIServer;
  let ts: TestServer;
  let baseUrl: string;
  let account: TestAccount;
  let tmpDir: string;
  let browser: BrowserSession;

  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
    ({ ts, baseUrl } = await startWebServer({
      env: {
        FREE_CREDITS_ON_SIGNUP: "4",
        // The interviewer stays the built-in one; only transcription goes to the fake endpoint.
        TRANSCRIPTION_API_KEY: "test-key",
        TRANSCRIPTION_BASE_URL: fake.baseURL,
        TRANSCRIPTION_MODEL: "whisper-test",
      },
    }));
    account = await createVerifiedAccount(ts, { displayName: "Spoken Candidate" });
    tmpDir = await mkdtemp(path.join(os.tmpdir(), "interviewer-voice-"));
    browser = await openSignedInBrowser(baseUrl, account, {
      defaultTimeout: 20_000,
      extraArgs: await fakeMicrophoneArgs(path.join(tmpDir, "answer.wav")),
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
    await ts?.stop();
    await fake?.close();
  });

  it("offers voice mode when planning an interview", async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/interviews/new`);
    const option = page.getByLabel("Voice mode");
    await option.check();
    expect(await option.isChecked()).toBe(true);
    expect(await page.getByText("Recordings are deleted once transcribed").count()).toBe(1);
  });

  for (const device of PHONE_AND_DESKTOP) {
    it(`records, corrects and submits a spoken answer by keyboard on a ${device.name}`, async () => {
      const { page } = browser;
      await page.setViewportSize(device.viewport);
      const view = await account.client.interview.create.mutate({
        topics: ["system-design"],
        questionsPerTopic: 1,
        voice: true,
      });
      const turnId = view.currentQuestion?.turnId ?? "";
      await page.goto(`${baseUrl}/interviews/${view.id}`);
      await page.getByRole("button", { name: "Read aloud" }).waitFor();
      const status = page.getByTestId("recording-status");
      expect(await status.getAttribute("role")).toBe("status");
      expect(await status.textContent()).toBe("Not recording.");

      // On the desktop the candidate keeps the recording (off by default), then deletes it.
      const keep = device.name === "desktop";
      if (keep) await page.getByLabel("Keep my recording").check();
      // Keyboard only: focus the record button and press Enter to start; focus stays on it to stop.
      const record = page.getByRole("button", { name: "Start recording" });
      await record.focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => status.textContent()).toBe("Recording. Press Stop recording when you are done.");
      await expect.poll(() => focusedText(page)).toBe("Stop recording");
      // The elapsed time counts against the three-minute limit while the fake microphone plays.
      await expect.poll(() => page.getByTestId("elapsed").textContent()).toMatch(/^ ?0:0[1-9] of 3:00$/);
      await expectNoSidewaysScroll(page, `${device.name}: while recording`);
      await page.keyboard.press("Enter");

      // The fake transcript arrives in an editable box, which takes focus.
      const transcriptBox = page.getByLabel("Your answer (transcript)");
      await transcriptBox.waitFor();
      await expect
        .poll(() => status.textContent())
        .toBe("Transcript ready: correct anything misheard below, then submit.");
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
      expect(await page.getByRole("button", { name: "Delete my recording" }).count()).toBe(keep ? 1 : 0);
      if (keep) {
        await page.getByRole("button", { name: "Delete my recording" }).click();
        await page.getByText("Your recording is deleted; the transcript stays.").waitFor();
        await transcriptBox.focus();
      }
      const heard = await transcriptBox.inputValue();
      expect(heard.trim().length).toBeGreaterThan(0);
      // Correct a word: the first one was misheard.
      const corrected = heard.replace(/^\s*\S+/, "Idempotency");
      expect(corrected).not.toBe(heard);
      await transcriptBox.fill(corrected);
      await expectNoSidewaysScroll(page, `${device.name}: with the transcript`);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.keyboard.press("Control+Enter");

      // After the evaluation: how the answer came across.
      await page.getByRole("heading", { name: "Your evaluation" }).waitFor({ timeout: 60_000 });
      const delivery = page.getByTestId("delivery-feedback");
      await delivery.getByRole("heading", { name: "How you came across" }).waitFor();
      expect(await delivery.textContent()).toMatch(/Pace.*Filler words.*Long pauses.*Length/s);
      await expectNoSidewaysScroll(page, `${device.name}: the feedback`);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // The server graded the corrected text, with delivery metrics from the recording.
      const transcript = await account.client.interview.transcript.query({ interviewId: view.id });
      const turn = transcript.turns.find((candidate) => candidate.turnId === turnId);
      expect(turn?.answer).toBe(corrected);
      expect(turn?.delivery?.source).toBe("recording");

      // The report summarises the spoken answers and shows each one's delivery under the answer.
      await page.getByRole("link", { name: "See your report" }).click();
      const summary = page.getByRole("region", { name: "How you came across" });
      await summary.getByText(/^1 spoken answer:/).waitFor();
      await page.locator("#question-1").getByTestId("delivery-feedback").waitFor();
      await expectNoSidewaysScroll(page, `${device.name}: the report`);
    });
  }

  it("draws the delivery trend on the dashboard, with its numbers in words", async () => {
    const { page } = browser;
    for (const device of PHONE_AND_DESKTOP) {
      await page.setViewportSize(device.viewport);
      await page.goto(`${baseUrl}/dashboard`);
      const trend = page.getByTestId("delivery-trend");
      await trend.waitFor();
      // The two spoken interviews above, each with its pace and fillers in words.
      expect(await trend.locator(".delivery-trend-list > li").count()).toBe(2);
      expect(await trend.locator(".delivery-trend-list > li").first().textContent()).toMatch(
        /: (\d+ words a minute|pace not measured), (\d+(\.\d)? filler words a minute|fillers not measured)$/,
      );
      await expectNoSidewaysScroll(page, `${device.name}: the dashboard`);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
  });

  it("switches a question to typing and back", async () => {
    const { page } = browser;
    await page.setViewportSize(DESKTOP_WIDE);
    const view = await account.client.interview.create.mutate({
      topics: ["system-design"],
      questionsPerTopic: 1,
      voice: true,
    });
    await page.goto(`${baseUrl}/interviews/${view.id}`);
    await page.getByRole("button", { name: "Type instead" }).click();
    await page.getByLabel("Your answer", { exact: true }).waitFor();
    expect(await page.getByTestId("voice-answer").count()).toBe(0);
    await page.getByRole("button", { name: "Answer by voice" }).click();
    await page.getByRole("button", { name: "Start recording" }).waitFor();
    expect(await page.getByLabel("Keep my recording").isChecked()).toBe(false);
  });

  it("logs no application errors in the browser", () => {
    expect(browser.errors.appErrors).toEqual([]);
  });
});

describe.skipIf(skipReason !== null)("voice mode with no way to transcribe", { timeout: 180_000 }, () => {
  let ts: TestServer;
  let baseUrl: string;
  let account: TestAccount;
  let browser: BrowserSession;

  beforeAll(async () => {
    // No TRANSCRIPTION_MODEL: the server cannot transcribe.
    ({ ts, baseUrl } = await startWebServer());
    account = await createVerifiedAccount(ts, { displayName: "Typing Candidate" });
    browser = await openBrowser({ defaultTimeout: 20_000 });
    // A browser without speech recognition (as Firefox).
    await browser.context.addInitScript(() => {
      Reflect.deleteProperty(window, "webkitSpeechRecognition");
      Reflect.deleteProperty(window, "SpeechRecognition");
    });
    await signInToDashboard(browser.page, baseUrl, account);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await ts?.stop();
  });

  it("says so and offers the typed answer, which is graded as usual", async () => {
    const { page } = browser;
    const view = await account.client.interview.create.mutate({
      topics: ["system-design"],
      questionsPerTopic: 1,
      voice: true,
    });
    await page.goto(`${baseUrl}/interviews/${view.id}`);
    await page.getByTestId("voice-unavailable").waitFor();
    expect(await page.getByRole("button", { name: "Start recording" }).count()).toBe(0);
    await page
      .getByLabel("Your answer", { exact: true })
      .fill("Stream the file to object storage, validate rows in batches in a worker, and report errors per row.");
    await page.getByRole("button", { name: "Submit answer" }).click();
    await page.getByRole("heading", { name: "Your evaluation" }).waitFor({ timeout: 60_000 });
    // A typed answer has no delivery feedback.
    expect(await page.getByTestId("delivery-feedback").count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(browser.errors.appErrors).toEqual([]);
  });
});
