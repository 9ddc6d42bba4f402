// The frame of the Terms, Privacy and Contact pages: a readable column, its title in the tab, and
// the public footer. The pages are prerendered as static HTML too (landing/prerender.tsx).
import type { ReactNode } from "react";
import { SiteFooter } from "../landing/SiteFooter.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import "./legal.css";

export function LegalPage({ title, lede, children }: { title: string; lede: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <main className="page legal">
        <h1>{title}</h1>
        <p className="lede">{lede}</p>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
