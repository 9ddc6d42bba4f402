// Running code in the interview room, in a real browser against the real server and sandbox, on a
// desktop and on a phone: the candidate writes a Python solution, runs it (button on the desktop,
// Ctrl+' on the phone) and sees a verdict per example; picking Go says that Go is graded by reading;
// submitting shows the hidden tests' verdicts (passed X of Y, names only) above the evaluation.
// Skipped (with the reason printed) when Chromium is not installed.
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { executableSpecOfTurn } from "@interviewer/testing/executable-questions";
import type { TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactPath } from "./harness/artifacts.ts";
import { openBrowser } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { signInToDashboard } from "./harness/sign-in.ts";
import { DESKTOP, PHONE } from "./harness/viewports.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const DEVICES = [
  { name: "desktop", viewport: DESKTOP, run: "button" },
  { name: "phone", viewport: PHONE, run: "shortcut" },
] as const;

// Python's interpreter takes seconds to load in a sandbox worker, more on a busy machine.
describe.skipIf(skipReason !== null)("running code in the interview room", { timeout: 180_000 }, () => {
  let ts: TestServer;
  let baseUrl: string;
  const appErrors: string[] = [];

  beforeAll(async () => {
    ({ ts, baseUrl } = await startWebServer());
  });

  afterAll(async () => {
    await ts?.stop();
  });

  for (const device of DEVICES) {
    it(`on a ${device.name}: write, run the examples, submit, and see the hidden tests' verdicts`, async () => {
      // A browser of its own per device, so each candidate signs in from a clean profile.
      const browser = await openBrowser({ defaultTimeout: 20_000, viewport: device.viewport });
      const { page } = browser;
      const account = await createVerifiedAccount(ts, { displayName: `Coder ${device.name}` });
      const view = await account.client.interview.create.mutate({
        topics: ["coding"],
        questionsPerTopic: 1,
        difficulty: "junior",
        language: "Python",
      });
      const turnId = view.currentQuestion?.turnId ?? "";
      const spec = await executableSpecOfTurn(ts, turnId);

      await signInToDashboard(page, baseUrl, account);
      await page.goto(`${baseUrl}/interviews/${view.id}`);

      // The editor starts in the interview's language, with the question's starter code.
      const editor = page.locator(".cm-content");
      await editor.waitFor();
      const language = page.getByLabel("Language");
      expect(await language.inputValue()).toBe("Python");
      await expect.poll(() => editor.textContent()).toContain(spec.entryPoint.python);

      // Go does not run: the room says so and offers no Run button.
      await language.selectOption("Go");
      await page.getByText("Go is graded by reading; run JavaScript, TypeScript or Python.").waitFor();
      expect(await page.getByRole("button", { name: "Run", exact: true }).count()).toBe(0);
      await language.selectOption("Python");

      // The reference solution replaces the starter code (inserted as typed text, not auto-indented).
      await editor.click();
      await page.keyboard.press("Control+A");
      await page.keyboard.insertText(spec.referenceSolutions.python);
      if (device.run === "button") await page.getByRole("button", { name: "Run", exact: true }).click();
      else await page.keyboard.press("Control+'");

      const examples = page.getByTestId("example-results");
      // The first Python run waits for the worker to load the interpreter: seconds, more on a busy machine.
      await examples.waitFor({ timeout: 90_000 });
      await expect.poll(() => examples.getByTestId("code-run-test").count()).toBe(spec.examples.length);
      expect(await examples.locator('[data-verdict="passed"]').count()).toBe(spec.examples.length);
      expect(await examples.getByRole("heading").textContent()).toBe(
        `Examples: passed ${spec.examples.length} of ${spec.examples.length}`,
      );
      // Each example shows its input and expected value.
      expect(await examples.getByText("Input", { exact: true }).count()).toBe(spec.examples.length);
      expect(await examples.getByText("Expected", { exact: true }).count()).toBe(spec.examples.length);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        device.viewport.width,
      );
      await page.screenshot({ path: await artifactPath(`code-run-${device.name}.png`), fullPage: true });

      await page.getByRole("button", { name: "Submit answer" }).click();
      await page.getByRole("heading", { name: "Your evaluation" }).waitFor();
      const latest = page.getByTestId("latest-evaluation");
      const hidden = latest.getByTestId("hidden-results");
      const total = spec.hiddenTests.length;
      expect(await hidden.getByRole("heading").textContent()).toBe(`Hidden tests: passed ${total} of ${total}`);
      expect(await hidden.getByTestId("code-run-test").count()).toBe(total);
      // Hidden tests are named with their verdict; their inputs are never shown.
      expect(await hidden.getByText("Input", { exact: true }).count()).toBe(0);
      await latest.getByTestId("evaluation").getByTestId("score").first().waitFor();
      await page.screenshot({ path: await artifactPath(`code-submitted-${device.name}.png`), fullPage: true });

      const transcript = await account.client.interview.transcript.query({ interviewId: view.id });
      expect(transcript.turns[0]?.codeResult).toMatchObject({ language: "python", passed: total, total });
      appErrors.push(...browser.errors.appErrors);
      await browser.close();
    });
  }

  it("logs no application errors", () => {
    expect(appErrors).toEqual([]);
  });
});
