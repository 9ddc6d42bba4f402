// The résumé in the browser, on a phone (390×844) and a desktop (1440×900): the candidate uploads a
// PDF made in the test, sees the roles, projects and technologies found in it, adds a technology and
// saves, then starts an interview tailored to the résumé and is asked about one of their own projects.
// Each page has no sideways scroll and no serious axe violation. A file over 2 MB is refused in the
// browser before anything is sent. Skipped (with the reason printed) when Chromium is not installed.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { resumePdf } from "@interviewer/testing/resume-fixtures";
import type { TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAxeViolations } from "./harness/axe.ts";
import { type BrowserSession, openBrowser } from "./harness/browser-session.ts";
import { browserTestsSkipReason } from "./harness/chromium.ts";
import { expectNoSidewaysScroll } from "./harness/page-layout.ts";
import { submitSignInForm } from "./harness/sign-in.ts";
import { PHONE_AND_DESKTOP } from "./harness/viewports.ts";
import { startWebServer } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const PROJECTS = /Ledger Service|Rate Limiter/;
const SLOW = 180_000;

describe.skipIf(skipReason !== null)("the résumé page", () => {
  let ts: TestServer;
  let baseUrl: string;
  let account: TestAccount;
  let browser: BrowserSession;
  let filesDir: string;
  let pdfPath: string;
  let hugePath: string;

  beforeAll(async () => {
    ({ ts, baseUrl } = await startWebServer({ env: { FREE_CREDITS_ON_SIGNUP: "2" } }));
    filesDir = await mkdtemp(path.join(os.tmpdir(), "resume-files-"));
    pdfPath = path.join(filesDir, "jane-doe.pdf");
    await writeFile(pdfPath, await resumePdf());
    hugePath = path.join(filesDir, "huge.pdf");
    await writeFile(hugePath, Buffer.alloc(3 * 1024 * 1024, 0x20));
    account = await createVerifiedAccount(ts, { displayName: "Rae Resume" });
    browser = await openBrowser({ defaultTimeout: 20_000 });
    await submitSignInForm(browser.page, baseUrl, account, "/resume");
    await browser.page.waitForURL(`${baseUrl}/resume`);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await ts?.stop();
    if (filesDir) await rm(filesDir, { recursive: true, force: true });
  });

  for (const device of PHONE_AND_DESKTOP) {
    it(`${device.name}: upload a PDF, see and edit the analysis, start a tailored interview`, {
      timeout: SLOW,
    }, async () => {
      const { page } = browser;
      await page.setViewportSize(device.viewport);
      await page.goto(`${baseUrl}/resume`);
      await page.getByRole("heading", { level: 1, name: "Your résumé" }).waitFor();

      // Too large: refused in the browser, nothing sent.
      const fileInput = page.getByLabel("Résumé file (PDF or Word .docx, at most 2 MB)");
      await fileInput.setInputFiles(hugePath);
      await page.getByText("your résumé must be at most 2 MB").waitFor();

      await fileInput.setInputFiles(pdfPath);
      await page.getByText("Résumé read.").waitFor();
      await page.getByRole("heading", { name: "What we found" }).waitFor();
      await page.getByText("jane-doe.pdf").waitFor();
      expect(await page.getByLabel("Project name").first().inputValue()).toMatch(PROJECTS);
      expect(await page.getByLabel("Title").first().inputValue()).toBe("Senior Backend Engineer");
      const technologies = page.getByRole("list", { name: "Technologies on your résumé" });
      expect(await technologies.textContent()).toContain("PostgreSQL");

      await page.getByLabel("Add a technology").fill("elastic search");
      await page.getByRole("button", { name: "Add", exact: true }).click();
      await page.getByRole("button", { name: "Save changes" }).click();
      await page.getByText("Saved. Tailored interviews will use these details.").waitFor();
      // The server names it with its dictionary.
      await expect.poll(() => technologies.textContent()).toContain("Elasticsearch");

      await expectNoSidewaysScroll(page, `${device.name}: the résumé page`);
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.goto(`${baseUrl}/interviews/new`);
      const tailor = page.getByLabel("Tailor to my résumé");
      await tailor.check();
      await expectNoSidewaysScroll(page, `${device.name}: the new-interview page`);
      await page.getByRole("button", { name: "Start interview (1 credit)" }).click();
      await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.locator("main").textContent(), { timeout: 20_000 }).toMatch(PROJECTS);
      await expectNoSidewaysScroll(page, `${device.name}: the interview room`);
    });
  }

  it("deleting asks first, then the résumé is gone and new interviews offer the upload instead", {
    timeout: SLOW,
  }, async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/resume`);
    await page.getByRole("button", { name: "Delete résumé" }).click();
    await page.getByRole("button", { name: "Yes, delete my résumé" }).click();
    await page.getByRole("heading", { name: "Upload your résumé" }).waitFor();
    await expect(account.client.resume.get.query()).resolves.toBeNull();
    await page.goto(`${baseUrl}/interviews/new`);
    await page.getByTestId("resume-upload-hint").waitFor();
    expect(browser.errors.appErrors).toEqual([]);
  });
});
