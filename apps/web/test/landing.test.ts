// The landing page in a real browser, on a phone (390×844, German locale) and a desktop (1280×900,
// US English), against the real server serving the built app with prices configured in euros, one
// free interview and GitHub sign-in (a fake GitHub): the prices appear in the visitor's own format,
// the free first interview is stated, the sample report and the GitHub button are there, the footer
// leads to Terms, Privacy and Contact, the page's JavaScript stays under 60 KB on the wire, and every
// file arrives compressed with the right cache headers. A second deployment without a free credit or
// GitHub shows neither. Skipped (with the reason printed) when Chromium is not installed.
import { type FakeGithubServer, startFakeGithubServer } from "@interviewer/testing/fake-github-server";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactPath } from "./harness/artifacts.ts";
import { browserTestsSkipReason, launchChromiumBrowser } from "./harness/chromium.ts";
import { type ConsoleErrors, collectConsoleErrors } from "./harness/console-errors.ts";
import { DESKTOP, PHONE } from "./harness/viewports.ts";
import { startWebServer, webDistDir } from "./harness/web-server.ts";

const skipReason = browserTestsSkipReason();

const LANDING_JS_BUDGET_BYTES = 60 * 1024;
const PRICES = {
  PLAN_CURRENCY: "EUR",
  PLAN_PRICE_INDIVIDUAL: "900",
  PLAN_PRICE_PRO: "2900",
  PLAN_PRICE_PREMIUM: "4900",
};

const VIEWPORTS = [
  {
    name: "phone",
    options: { viewport: PHONE, isMobile: true, hasTouch: true, locale: "de-DE" },
    // What Intl makes of the prices in German (a no-break space before the sign).
    prices: {
      individual: "9\u00a0€",
      pro: "29\u00a0€",
      premium: "49\u00a0€",
      free: "0\u00a0€",
      perPro: "2,90\u00a0€ per interview",
    },
  },
  {
    name: "desktop",
    options: { viewport: DESKTOP, locale: "en-US" },
    prices: { individual: "€9", pro: "€29", premium: "€49", free: "€0", perPro: "€2.90 per interview" },
  },
] as const;

interface Transfer {
  url: string;
  type: string;
  bytes: number;
  encoding: string | undefined;
  cacheControl: string | undefined;
}

/** Every response of a page load with its size on the wire (the encoded body, as transferred). */
function recordTransfers(page: Page): Promise<Transfer>[] {
  const transfers: Promise<Transfer>[] = [];
  page.on("response", (response: Response) => {
    transfers.push(
      (async () => {
        const sizes = await response.request().sizes();
        const headers = await response.allHeaders();
        return {
          url: new URL(response.url()).pathname,
          type: response.request().resourceType(),
          bytes: sizes.responseBodySize,
          encoding: headers["content-encoding"],
          cacheControl: headers["cache-control"],
        };
      })(),
    );
  });
  return transfers;
}

async function noHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe.skipIf(skipReason !== null)("the landing page sells, on a phone and a desktop", () => {
  let github: FakeGithubServer;
  let ts: TestServer;
  let bare: TestServer;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    github = await startFakeGithubServer();
    github.putUser({
      id: 5150,
      login: "landing-visitor",
      name: "Landing Visitor",
      emails: [{ email: `landing-${process.pid}@example.com`, primary: true, verified: true }],
    });
    github.approveAs(5150);
    // Started together: each server prepares its own database, which takes a while on a busy machine.
    [{ ts, baseUrl }, bare] = await Promise.all([
      startWebServer({
        mailWorker: false,
        env: {
          FREE_CREDITS_ON_SIGNUP: "1",
          GITHUB_CLIENT_ID: github.clientId,
          GITHUB_CLIENT_SECRET: github.clientSecret,
          GITHUB_OAUTH_URL: github.url,
          GITHUB_API_URL: github.url,
          ...PRICES,
        },
      }),
      // A deployment that gives no free credit and has no GitHub sign-in.
      startTestServer({
        mailWorker: false,
        env: { WEB_DIST_DIR: webDistDir, FREE_CREDITS_ON_SIGNUP: "0" },
      }),
    ]);
    browser = await launchChromiumBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await ts?.stop();
    await bare?.stop();
    await github?.close();
  });

  for (const device of VIEWPORTS) {
    describe(`on a ${device.name}`, () => {
      let context: BrowserContext;
      let page: Page;
      let consoleErrors: ConsoleErrors;
      let transfers: Promise<Transfer>[];

      beforeAll(async () => {
        context = await browser.newContext(device.options);
        context.setDefaultTimeout(15_000);
        page = await context.newPage();
        consoleErrors = collectConsoleErrors(page);
        transfers = recordTransfers(page);
        await page.goto(baseUrl, { waitUntil: "networkidle" });
      });

      afterAll(async () => {
        await context?.close();
      });

      it("shows the plans with their configured prices in the visitor's number format", async () => {
        await page.getByRole("heading", { level: 1, name: /Practise backend interviews/ }).waitFor();
        const table = page.locator(".price-table");
        await expect.poll(() => table.locator('[data-price-for="pro"]').textContent()).toBe(device.prices.pro);
        expect(await table.locator('[data-price-for="individual"]').textContent()).toBe(device.prices.individual);
        expect(await table.locator('[data-price-for="premium"]').textContent()).toBe(device.prices.premium);
        expect(await table.locator('[data-per-interview-for="pro"]').textContent()).toBe(device.prices.perPro);
        for (const name of ["Individual", "Pro", "Premium"]) {
          expect(await table.getByRole("heading", { level: 3, name, exact: true }).isVisible()).toBe(true);
        }
        expect(await table.getByText("10 interviews a month").isVisible()).toBe(true);
        expect(await table.getByText("per month").first().isVisible()).toBe(true);
      });

      it("says clearly that the first interview is free", async () => {
        await page.getByText("Your first interview is free").waitFor();
        const freeCard = page
          .locator(".price-table")
          .locator("li", { has: page.getByRole("heading", { name: "Free" }) });
        expect(await freeCard.isVisible()).toBe(true);
        expect(await freeCard.locator("[data-free-price]").textContent()).toBe(device.prices.free);
        expect(await freeCard.getByText("No card needed").isVisible()).toBe(true);
      });

      it("shows a real sample report and offers GitHub sign-up", async () => {
        const sample = page.locator(".sample-report");
        await sample.scrollIntoViewIfNeeded();
        expect(await sample.getByText("What is the N+1 query problem and how do you fix it?").isVisible()).toBe(true);
        expect(await sample.getByText("Almost ready").isVisible()).toBe(true);
        expect(await sample.getByRole("heading", { name: /What earned points \(3 of 4\)/ }).isVisible()).toBe(true);
        expect(await sample.getByTestId("score").first().textContent()).toBe("68%");
        expect(await page.getByRole("button", { name: "Sign up with GitHub" }).isVisible()).toBe(true);
        expect(await noHorizontalOverflow(page)).toBe(true);
        await page.screenshot({ path: await artifactPath(`landing-${device.name}.png`), fullPage: true });
      });

      it("loads under 60 KB of JavaScript, everything compressed, hashed files immutable, the page revalidated", async () => {
        const loaded = await Promise.all(transfers);
        const scripts = loaded.filter((transfer) => transfer.type === "script");
        const jsBytes = scripts.reduce((total, transfer) => total + transfer.bytes, 0);
        console.log(
          `landing page on a ${device.name}: ${scripts.length} scripts, ${(jsBytes / 1024).toFixed(1)} KB of JavaScript transferred; ` +
            `${(loaded.reduce((total, transfer) => total + transfer.bytes, 0) / 1024).toFixed(1)} KB in all`,
        );
        expect(scripts.length).toBeGreaterThan(0);
        expect(jsBytes).toBeLessThan(LANDING_JS_BUDGET_BYTES);
        // No React on the landing page: the app's chunks are not among what it loaded.
        expect(scripts.map((transfer) => transfer.url).join(" ")).not.toMatch(
          /main-|LandingPage-|ScoreCharts|CodeEditor/,
        );
        const document = loaded.find((transfer) => transfer.type === "document");
        expect(document?.encoding).toMatch(/^(br|gzip)$/);
        expect(document?.cacheControl).toBe("no-cache");
        for (const transfer of loaded.filter((t) => t.url.startsWith("/assets/"))) {
          expect(transfer.encoding, transfer.url).toMatch(/^(br|gzip)$/);
          expect(transfer.cacheControl, transfer.url).toBe("public, max-age=31536000, immutable");
        }
        expect(consoleErrors.appErrors).toEqual([]);
      });

      it("has a footer whose Terms, Privacy and Contact links open readable pages", async () => {
        for (const { link, heading, text } of [
          { link: "Terms", heading: "Terms of use", text: "Credits and payments" },
          { link: "Privacy", heading: "Privacy", text: "We do not sell or rent your data" },
          { link: "Contact", heading: "Contact", text: "placeholder" },
        ]) {
          await page.goto(baseUrl);
          await page.getByRole("navigation", { name: "Legal and contact" }).getByRole("link", { name: link }).click();
          await page.waitForURL(`${baseUrl}/${link.toLowerCase()}`);
          await page.getByRole("heading", { level: 1, name: heading }).waitFor();
          expect(await page.getByText(text).first().isVisible()).toBe(true);
          expect(await page.title()).toBe(`${heading} · Interviewer`);
          expect(await noHorizontalOverflow(page)).toBe(true);
          // The footer is there too, to go on from one legal page to the next.
          expect(await page.getByRole("navigation", { name: "Legal and contact" }).isVisible()).toBe(true);
        }
        expect(await page.getByTestId("contact-placeholder").textContent()).toContain("placeholder");
        expect(consoleErrors.appErrors).toEqual([]);
      });
    });
  }

  it("the sign-up page offers GitHub, and the app's own landing page shows the same prices", async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: "en-US" });
    try {
      const page = await context.newPage();
      const consoleErrors = collectConsoleErrors(page);
      await page.goto(baseUrl);
      await page.getByRole("link", { name: "Start practising" }).click();
      await page.waitForURL(`${baseUrl}/sign-up`);
      await page.getByRole("heading", { level: 1, name: "Create your account" }).waitFor();
      await page.getByRole("button", { name: "Sign up with GitHub" }).waitFor();
      // Inside the app, the brand link renders the landing page with React, from the same data.
      await page.getByRole("link", { name: "Interviewer", exact: true }).click();
      await page.waitForURL(`${baseUrl}/`);
      await expect.poll(() => page.locator('[data-price-for="premium"]').textContent()).toBe("€49");
      await page.getByText("Your first interview is free").waitFor();
      await page.getByRole("button", { name: "Sign up with GitHub" }).waitFor();
      await page.getByRole("navigation", { name: "Legal and contact" }).getByRole("link", { name: "Privacy" }).click();
      await page.getByRole("heading", { level: 1, name: "Privacy" }).waitFor();
      expect(consoleErrors.appErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("GitHub sign-up from the landing page lands on the dashboard, and / then leads there", async () => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      const consoleErrors = collectConsoleErrors(page);
      await page.goto(baseUrl);
      await page.getByRole("button", { name: "Sign up with GitHub" }).click();
      await page.waitForURL(`${baseUrl}/dashboard`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      // Signed in, the front page is the dashboard: the static page starts the app, which redirects.
      await page.goto(baseUrl);
      await page.waitForURL(`${baseUrl}/dashboard`);
      expect(consoleErrors.appErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a deployment without a free credit or GitHub claims neither", async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: "en-US" });
    try {
      const page = await context.newPage();
      await page.goto(bare.url, { waitUntil: "networkidle" });
      // Default prices (no PLAN_* set): US dollars.
      await expect.poll(() => page.locator('[data-price-for="pro"]').textContent()).toBe("$29");
      expect(await page.getByText(/is free|are free/).count()).toBe(0);
      expect(await page.locator("[data-free-offer]").first().isHidden()).toBe(true);
      expect(await page.getByRole("button", { name: "Sign up with GitHub" }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
