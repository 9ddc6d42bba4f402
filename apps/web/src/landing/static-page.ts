// The script of the prerendered public pages (landing, terms, privacy, contact: see prerender.tsx).
// It keeps those pages light: no React, no router — a typed tRPC client and a few DOM updates.
// - Someone who may be signed in (the session hint), or who arrives with a message for the app
//   (?deleted=1 after deleting an account), gets the whole app started in place: it restores the
//   session and takes them to the dashboard, or shows its own copy of the page.
// - Everyone else gets the deployment's facts filled in: prices in their locale (billing.plans), the
//   free first interview (billing.signupOffer) and GitHub sign-up when configured (auth.methods).
import type { AppRouter } from "@interviewer/api";
import { createTRPCClient, httpBatchLink, isTRPCClientError } from "@trpc/client";
import superjson from "superjson";
import { GITHUB_SIGN_UP_RETURN_TO } from "./github-sign-up.ts";
import { formatPrice, freeOfferCredits, freeOfferHeadline, pricePerInterview, visitorLocales } from "./offer-format.ts";
import "../styles.css";
import "../legal/legal.css";
import "./github-button.css";
import "./landing.css";

/** session-store.ts writes it when a session starts and removes it when one ends. */
const SESSION_HINT_KEY = "interviewer:has-session";
/** ThemeToggle.tsx's key: the same choice applies on every page. */
const THEME_KEY = "interviewer:theme";

type Theme = "light" | "dark";

function storedTheme(): Theme {
  const stored = localStorage.getItem(THEME_KEY);
  if (stored === "light" || stored === "dark") return stored;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** The header's toggle, as ThemeToggle.tsx behaves: the icon shows the theme, the label the next one. */
function wireThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>(".theme-toggle");
  const apply = (theme: Theme) => {
    document.documentElement.dataset.theme = theme;
    if (!button) return;
    button.textContent = theme === "dark" ? "☀" : "☾";
    button.setAttribute("aria-label", `Switch to ${theme === "dark" ? "light" : "dark"} theme`);
  };
  apply(storedTheme());
  button?.addEventListener("click", () => {
    const next: Theme = document.documentElement.dataset.theme === "dark" ? "light" : "dark";
    localStorage.setItem(THEME_KEY, next);
    apply(next);
  });
}

function setText(selector: string, text: string): void {
  for (const element of document.querySelectorAll(selector)) element.textContent = text;
}

function reveal(selector: string): void {
  for (const element of document.querySelectorAll<HTMLElement>(selector)) element.hidden = false;
}

const client = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "/trpc", transformer: superjson, maxItems: 10 })],
});

async function fillPrices(locales: readonly string[] | undefined): Promise<string | undefined> {
  const table = document.querySelector(".price-table");
  if (!table) return undefined;
  try {
    const plans = await client.billing.plans.query();
    for (const plan of plans) {
      setText(`[data-price-for="${plan.id}"]`, formatPrice(plan, locales));
      setText(`[data-per-interview-for="${plan.id}"]`, pricePerInterview(plan, plan.credits, locales));
    }
    return plans[0]?.currency;
  } catch {
    const problem = document.createElement("p");
    problem.className = "alert alert-error";
    problem.setAttribute("role", "alert");
    problem.textContent = "Prices could not be loaded just now. Reload the page to see them.";
    table.before(problem);
    return undefined;
  }
}

async function fillFreeOffer(currency: Promise<string | undefined>, locales: readonly string[] | undefined) {
  if (!document.querySelector("[data-free-offer]")) return;
  // Without the offer the page simply does not mention one: no claim this deployment does not make.
  const { freeCredits } = await client.billing.signupOffer.query().catch(() => ({ freeCredits: 0 }));
  if (freeCredits < 1) return;
  setText("[data-free-headline]", freeOfferHeadline(freeCredits));
  setText("[data-free-credits]", freeOfferCredits(freeCredits));
  const code = await currency;
  if (code) setText("[data-free-price]", formatPrice({ priceMinorUnits: 0, currency: code }, locales));
  reveal("[data-free-offer]");
}

async function wireGithub(): Promise<void> {
  const button = document.querySelector<HTMLButtonElement>("[data-github-signup]");
  if (!button) return;
  const methods = await client.auth.methods.query().catch(() => ({ github: false }));
  if (!methods.github) return;
  const label = button.lastChild;
  const errorBox = document.querySelector<HTMLElement>("[data-github-error]");
  button.addEventListener("click", async () => {
    button.disabled = true;
    if (label) label.textContent = "Opening GitHub…";
    if (errorBox) errorBox.hidden = true;
    try {
      const { authorizeUrl } = await client.auth.github.start.mutate({ returnTo: GITHUB_SIGN_UP_RETURN_TO });
      window.location.assign(authorizeUrl);
    } catch (error) {
      button.disabled = false;
      if (label) label.textContent = "Sign up with GitHub";
      if (errorBox) {
        // The server's own words when it answered (a rate limit, GitHub switched off); else a plain retry.
        errorBox.textContent =
          isTRPCClientError<AppRouter>(error) && error.data
            ? error.message
            : "GitHub could not be reached just now. Please try again.";
        errorBox.hidden = false;
      }
    }
  });
  button.hidden = false;
}

function enhance(): void {
  wireThemeToggle();
  const locales = visitorLocales();
  const currency = fillPrices(locales);
  void fillFreeOffer(currency, locales);
  void wireGithub();
}

if (localStorage.getItem(SESSION_HINT_KEY) !== null || new URLSearchParams(window.location.search).has("deleted")) {
  void import("../main.tsx");
} else {
  enhance();
}
