// The résumé analyser reads text a candidate uploads, on the server's one event loop: the same two
// guards as hostile-text-runs-in-linear-time.test.ts (no super-linear pattern; hostile text of the
// longest length kept finishes within the test's timeout).
import { analyse } from "scslre";
import { describe, expect, it } from "vitest";
import { analyzeResume, RESUME_PATTERNS } from "./analyze-resume.ts";
import { RESUME_LIMITS } from "./resume-analysis-schema.ts";

function filled(block: string, length: number): string {
  return block.repeat(Math.ceil(length / block.length)).slice(0, length);
}

describe("the résumé analyser on hostile text", () => {
  it("every pattern backtracks at most linearly", () => {
    for (const pattern of RESUME_PATTERNS) expect(analyse(pattern).reports, String(pattern)).toEqual([]);
  });

  const blocks = [
    " ",
    "-",
    "2019 ",
    "2019 - ",
    "2019 x",
    "Experience\n",
    "Projects\n- a: ",
    "Skills\n,",
    ", , ,",
    "Engineer at ",
    "1 years ",
    "\u0000",
    "Jan ",
  ];
  for (const block of blocks) {
    it(`runs of ${JSON.stringify(block)} at the stored length`, () => {
      const text = filled(`Experience\n2019 ${block}`, RESUME_LIMITS.textChars);
      const analysis = analyzeResume(text, { currentYear: 2026 });
      expect(analysis.roles.length).toBeLessThanOrEqual(RESUME_LIMITS.roles);
    });
  }
});
