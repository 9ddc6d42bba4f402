// An axe-core accessibility scan of the page as it is, reduced to the violations the tests refuse:
// serious and critical ones.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

// axe-core ships one self-contained script (`source`) to inject into the page.
const axeSource: string = createRequire(import.meta.url)("axe-core").source;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** What the injected script adds to the page's window (the DOM's own types do not know it). */
interface WindowWithAxe {
  axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> };
}

/** One line per serious or critical violation: its rule, impact, help text and its first three places. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // The app's Content-Security-Policy (script-src 'self') refuses inline <script> tags, so
  // addScriptTag({ content }) is blocked; evaluating the source through the DevTools protocol is not.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as WindowWithAxe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .slice(0, 3)
          .map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ""}`)
          .join(" | ")}`,
    );
}
