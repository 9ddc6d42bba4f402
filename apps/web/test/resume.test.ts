// The résumé in the browser, on a phone (390×844) and a desktop (1440×900): the candidate uploads a
// PDF made in the test, sees the roles, projects and technologies found in it, adds a technology and
// saves, then starts an interview tailored to the résumé and is asked about one of their own projects.
// Each page has no sideways scroll and no serious axe violation. A file over 2 MB is refused in the
// browser before anything is sent. Skipped (with the reason printed) when Chromium is not installed.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { resumePdf } from "@interviewer/testing/resume-fixtures";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissingReason, launchChromium } from "./harness/chromium.ts";
import { type ConsoleErrors, collectConsoleErrors } from "./harness/console-errors.ts";
import { freePort } from "./harness/free-port.ts";

const webDir = path.resolve(import.meta.dirname, "..");
const skipReason = chromiumMissingReason();
if (skipReason) console.warn(skipReason);

const axeSource: string = createRequire(import.meta.url)("axe-core").source;
const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1440, height: 900 },
] as const;
const PROJECTS = /Ledger Service|Rate Limiter/;
const SLOW = 180_000;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

describe.skipIf(skipReason !== null)("the résumé page", () => {
  let ts: TestServer;
  let baseUrl: string;
  let account: TestAccount;
  let context: BrowserContext;
  let profileDir: string;
  let page: Page;
  let consoleErrors: ConsoleErrors;
  let filesDir: string;
  let pdfPath: string;
  let hugePath: string;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    ts = await startTestServer({
      env: {
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        WEB_DIST_DIR: path.join(webDir, "dist"),
        FREE_CREDITS_ON_SIGNUP: "2",
      },
    });
    filesDir = await mkdtemp(path.join(os.tmpdir(), "resume-files-"));
    pdfPath = path.join(filesDir, "jane-doe.pdf");
    await writeFile(pdfPath, await resumePdf());
    hugePath = path.join(filesDir, "huge.pdf");
    await writeFile(hugePath, Buffer.alloc(3 * 1024 * 1024, 0x20));
    account = await createVerifiedAccount(ts, { displayName: "Rae Resume" });
    ({ context, profileDir } = await launchChromium());
    context.setDefaultTimeout(20_000);
    page = context.pages()[0] ?? (await context.newPage());
    consoleErrors = collectConsoleErrors(page);
    await page.goto(`${baseUrl}/sign-in?returnTo=${encodeURIComponent("/resume")}`);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password", { exact: true }).fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseUrl}/resume`);
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await ts?.stop();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
    if (filesDir) await rm(filesDir, { recursive: true, force: true });
  });

  async function seriousAxeViolations(): Promise<string[]> {
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document)).violations;
    });
    return (violations as AxeViolation[])
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes[0]?.target)}`);
  }

  async function sidewaysOverflow(): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  for (const viewport of VIEWPORTS) {
    it(`${viewport.name}: upload a PDF, see and edit the analysis, start a tailored interview`, {
      timeout: SLOW,
    }, async () => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
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

      expect(await sidewaysOverflow(), `${viewport.name} résumé page scrolls sideways`).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations()).toEqual([]);

      await page.goto(`${baseUrl}/interviews/new`);
      const tailor = page.getByLabel("Tailor to my résumé");
      await tailor.check();
      expect(await sidewaysOverflow(), `${viewport.name} new-interview page scrolls sideways`).toBeLessThanOrEqual(0);
      await page.getByRole("button", { name: "Start interview (1 credit)" }).click();
      await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.locator("main").textContent(), { timeout: 20_000 }).toMatch(PROJECTS);
      expect(await sidewaysOverflow(), `${viewport.name} interview room scrolls sideways`).toBeLessThanOrEqual(0);
    });
  }

  it("deleting asks first, then the résumé is gone and new interviews offer the upload instead", {
    timeout: SLOW,
  }, async () => {
    await page.goto(`${baseUrl}/resume`);
    await page.getByRole("button", { name: "Delete résumé" }).click();
    await page.getByRole("button", { name: "Yes, delete my résumé" }).click();
    await page.getByRole("heading", { name: "Upload your résumé" }).waitFor();
    await expect(account.client.resume.get.query()).resolves.toBeNull();
    await page.goto(`${baseUrl}/interviews/new`);
    await page.getByTestId("resume-upload-hint").waitFor();
    expect(consoleErrors.appErrors).toEqual([]);
  });
});
