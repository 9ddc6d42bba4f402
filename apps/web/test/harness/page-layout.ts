// Whether a page fits its window sideways: on a phone, a page wider than the screen scrolls sideways,
// which the app never should.
import type { Page } from "playwright-core";
import { expect } from "vitest";

interface SidewaysReport {
  scrollWidth: number;
  clientWidth: number;
  /** The elements that stick out past the right edge (only looked for when the page is too wide). */
  culprits: string[];
}

function sidewaysReport(page: Page): Promise<SidewaysReport> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const culprits: string[] = [];
    if (root.scrollWidth > root.clientWidth) {
      for (const element of Array.from(document.body.querySelectorAll("*"))) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.right <= root.clientWidth + 0.5) continue;
        // Inside a container that clips or scrolls on its own, an element cannot widen the page.
        let clipped = false;
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowX !== "visible") {
            clipped = parent.getBoundingClientRect().right <= root.clientWidth + 0.5;
            if (clipped) break;
          }
        }
        if (clipped) continue;
        const classes = typeof element.className === "string" && element.className ? `.${element.className}` : "";
        culprits.push(`${element.tagName.toLowerCase()}${classes} right=${Math.round(box.right)}`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits: culprits.slice(0, 8) };
  });
}

/** The page is no wider than its window; `where` names the page and state in the failure. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth, culprits } = await sidewaysReport(page);
  expect(
    scrollWidth,
    `${where}: ${scrollWidth}px wide in a ${clientWidth}px window; sticking out: ${culprits.join(", ")}`,
  ).toBeLessThanOrEqual(clientWidth);
}
