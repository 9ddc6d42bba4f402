// Build time only (vite.config.ts runs it after the client build): the public pages rendered to static
// HTML, so a visitor's first page needs no React at all — only static-page.ts, a few KB, which fills
// in what depends on the deployment (prices, the free offer, GitHub) and wires the theme toggle. The
// header mirrors the signed-out SiteHeader; links are plain links into the app.
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
// The plan catalogue itself (names, credits, what each includes) is code, the same build the server
// runs; only the prices are per deployment, and those arrive at run time from billing.plans.
import { publicPlans } from "../../../../packages/api/src/billing/plans.ts";
import ContactPage from "../legal/ContactPage.tsx";
import { LEGAL_TITLES } from "../legal/legal-titles.ts";
import PrivacyPage from "../legal/PrivacyPage.tsx";
import TermsPage from "../legal/TermsPage.tsx";
import { GithubButtonView } from "./GithubButton.tsx";
import { LandingContent } from "./LandingContent.tsx";
import { LANDING_TITLE } from "./landing-title.ts";

export interface StaticPage {
  /** The file name under dist/pages/ without .html; the server serves it at "/" (index) or "/<name>". */
  name: string;
  title: string;
  html: string;
}

function StaticShell({ path, children }: { path: string; children: ReactNode }) {
  return (
    <MemoryRouter initialEntries={[path]}>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="site-header">
        <a href="/" className="brand">
          Interviewer
        </a>
        <nav aria-label="Main" className="site-nav">
          <ul>
            <li>
              <a href="/sign-in">Sign in</a>
            </li>
            <li>
              <a href="/sign-up" className="btn btn-primary btn-small">
                Sign up
              </a>
            </li>
          </ul>
        </nav>
        {/* Labelled for the system theme until static-page.ts reads the stored choice. */}
        <button type="button" className="btn btn-small theme-toggle" aria-label="Switch to dark theme">
          ☾
        </button>
      </header>
      <div id="content" tabIndex={-1}>
        {children}
      </div>
    </MemoryRouter>
  );
}

export function renderStaticPages(): StaticPage[] {
  // Every plan counts as on sale here; the run-time price table says which really are.
  const plans = publicPlans({
    freeCreditsOnSignup: 0,
    testMode: false,
    variants: { individual: "prerender", pro: "prerender", premium: "prerender" },
  });
  const pages: { name: string; path: string; title: string; body: ReactNode }[] = [
    {
      name: "index",
      path: "/",
      title: LANDING_TITLE,
      body: (
        <LandingContent
          plans={plans}
          pricesKnown={false}
          freeCredits={undefined}
          locales={undefined}
          githubButton={<GithubButtonView hidden />}
        />
      ),
    },
    { name: "terms", path: "/terms", title: LEGAL_TITLES.terms, body: <TermsPage /> },
    { name: "privacy", path: "/privacy", title: LEGAL_TITLES.privacy, body: <PrivacyPage /> },
    { name: "contact", path: "/contact", title: LEGAL_TITLES.contact, body: <ContactPage /> },
  ];
  return pages.map((page) => ({
    name: page.name,
    title: `${page.title} · Interviewer`,
    html: renderToStaticMarkup(<StaticShell path={page.path}>{page.body}</StaticShell>),
  }));
}
