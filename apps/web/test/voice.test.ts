// Voice mode in a real browser against the real server, with Chromium's fake microphone (a WAV made in
// the setup) and the fake OpenAI-compatible server as the transcriber, on a phone (390×844) and a
// desktop (1440×900), by keyboard only: start recording with Enter, see the elapsed time and the
// announced state, stop, get the fake transcript in an editable box that takes focus, correct a word,
// submit with Ctrl+Enter, and see how the answer came across after its evaluation (and in the report).
// "Type instead" switches the question to the typed editor. No sideways scrolling, no serious axe
// violation. Skipped (with the reason printed) when Chromium is not installed.
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FakeOpenAIServer,
  startFakeOpenAIServer,
} from "../../../packages/engine/src/testing/fake-openai-server.ts";
import { chromiumMissingReason, launchChromium } from "./harness/chromium.ts";
import { type ConsoleErrors, collectConsoleErrors } from "./harness/console-errors.ts";
import { fakeMicrophoneArgs } from "./harness/fake-microphone.ts";
import { freePort } from "./harness/free-port.ts";

const webDir = path.resolve(import.meta.dirname, "..");
const skipReason = chromiumMissingReason();
if (skipReason) console.warn(skipReason);

const axeSource: string = createRequire(import.meta.url)("axe-core").source;

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1440, height: 900 },
] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
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

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? "");
}

describe.skipIf(skipReason !== null)("answering by voice", { timeout: 180_000 }, () => {
  let fake: FakeOpenAIServer;
  let ts: TestServer;
  let baseUrl: string;
  let account: TestAccount;
  let tmpDir: string;
  let browser: { context: BrowserContext; profileDir: string; page: Page; errors: ConsoleErrors };

  beforeAll(async () => {
    fake = await startFakeOpenAIServer();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    ts = await startTestServer({
      env: {
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        WEB_DIST_DIR: path.join(webDir, "dist"),
        FREE_CREDITS_ON_SIGNUP: "4",
        // The interviewer stays the built-in one; only transcription goes to the fake endpoint.
        TRANSCRIPTION_API_KEY: "test-key",
        TRANSCRIPTION_BASE_URL: fake.baseURL,
        TRANSCRIPTION_MODEL: "whisper-test",
      },
    });
    account = await createVerifiedAccount(ts, { displayName: "Spoken Candidate" });
    tmpDir = await mkdtemp(path.join(os.tmpdir(), "interviewer-voice-"));
    const launched = await launchChromium({ extraArgs: await fakeMicrophoneArgs(path.join(tmpDir, "answer.wav")) });
    launched.context.setDefaultTimeout(20_000);
    const page = launched.context.pages()[0] ?? (await launched.context.newPage());
    browser = { ...launched, page, errors: collectConsoleErrors(page) };
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Hello, Spoken Candidate" }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.context.close();
    if (browser?.profileDir) await rm(browser.profileDir, { recursive: true, force: true });
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

  for (const viewport of VIEWPORTS) {
    it(`records, corrects and submits a spoken answer by keyboard on a ${viewport.name}`, async () => {
      const { page } = browser;
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
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
      const keep = viewport.name === "desktop";
      if (keep) await page.getByLabel("Keep my recording").check();
      // Keyboard only: focus the record button and press Enter to start; focus stays on it to stop.
      const record = page.getByRole("button", { name: "Start recording" });
      await record.focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => status.textContent()).toBe("Recording. Press Stop recording when you are done.");
      await expect.poll(() => focusedText(page)).toBe("Stop recording");
      // The elapsed time counts against the three-minute limit while the fake microphone plays.
      await expect.poll(() => page.getByTestId("elapsed").textContent()).toMatch(/^ ?0:0[1-9] of 3:00$/);
      expect(await sidewaysOverflow(page), `${viewport.name}: sideways scroll while recording`).toBeLessThanOrEqual(0);
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
      expect(await sidewaysOverflow(page), `${viewport.name}: sideways scroll with the transcript`).toBeLessThanOrEqual(
        0,
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.keyboard.press("Control+Enter");

      // After the evaluation: how the answer came across.
      await page.getByRole("heading", { name: "Your evaluation" }).waitFor({ timeout: 60_000 });
      const delivery = page.getByTestId("delivery-feedback");
      await delivery.getByRole("heading", { name: "How you came across" }).waitFor();
      expect(await delivery.textContent()).toMatch(/Pace.*Filler words.*Long pauses.*Length/s);
      expect(await sidewaysOverflow(page), `${viewport.name}: sideways scroll on the feedback`).toBeLessThanOrEqual(0);
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
      expect(await sidewaysOverflow(page), `${viewport.name}: sideways scroll on the report`).toBeLessThanOrEqual(0);
    });
  }

  it("draws the delivery trend on the dashboard, with its numbers in words", async () => {
    const { page } = browser;
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto(`${baseUrl}/dashboard`);
      const trend = page.getByTestId("delivery-trend");
      await trend.waitFor();
      // The two spoken interviews above, each with its pace and fillers in words.
      expect(await trend.locator(".delivery-trend-list > li").count()).toBe(2);
      expect(await trend.locator(".delivery-trend-list > li").first().textContent()).toMatch(
        /: (\d+ words a minute|pace not measured), (\d+(\.\d)? filler words a minute|fillers not measured)$/,
      );
      expect(await sidewaysOverflow(page), `${viewport.name}: sideways scroll on the dashboard`).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
  });

  it("switches a question to typing and back", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1440, height: 900 });
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
  let browser: { context: BrowserContext; profileDir: string; page: Page; errors: ConsoleErrors };

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    // No TRANSCRIPTION_MODEL: the server cannot transcribe.
    ts = await startTestServer({
      env: { PORT: String(port), PUBLIC_URL: baseUrl, WEB_DIST_DIR: path.join(webDir, "dist") },
    });
    account = await createVerifiedAccount(ts, { displayName: "Typing Candidate" });
    const launched = await launchChromium();
    launched.context.setDefaultTimeout(20_000);
    // A browser without speech recognition (as Firefox).
    await launched.context.addInitScript(() => {
      Reflect.deleteProperty(window, "webkitSpeechRecognition");
      Reflect.deleteProperty(window, "SpeechRecognition");
    });
    const page = launched.context.pages()[0] ?? (await launched.context.newPage());
    browser = { ...launched, page, errors: collectConsoleErrors(page) };
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Hello, Typing Candidate" }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.context.close();
    if (browser?.profileDir) await rm(browser.profileDir, { recursive: true, force: true });
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
