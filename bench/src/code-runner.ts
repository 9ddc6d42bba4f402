// The sandbox code runner (@interviewer/sandbox), per runtime (QuickJS for JavaScript and TypeScript,
// Pyodide for Python):
//  - cold start: a new pool of one worker until the runtime is ready (warmUp), median of COLD_RUNS;
//  - a typical solution (two sum with a hash map) against 10 tests of 1,000 numbers: the first run
//    after the cold start, warm runs (the worker idle and ready, as between a candidate's clicks) and
//    back-to-back runs (each Python run then also waits for its fresh interpreter to be restored);
//  - Python's interpreter restore on its own (every Python run gets a new interpreter);
//  - memory per worker: the process's RSS growth after one worker warmed up, and after RUNS more runs.
//
//   pnpm --filter @interviewer/bench code-runner        (CODE_RUNNER_RUNS=20 CODE_RUNNER_COLD_RUNS=3)
import type { CodeRunRequest, CodeTestCase, RunnableLanguage } from "@interviewer/engine";
import { createCodeRunner } from "@interviewer/sandbox";
import { median } from "./statistics.ts";

const RUNS = Number(process.env.CODE_RUNNER_RUNS ?? 20);
const COLD_RUNS = Number(process.env.CODE_RUNNER_COLD_RUNS ?? 3);
const LANGUAGES: RunnableLanguage[] = ["javascript", "typescript", "python"];

const SOLUTIONS: Record<RunnableLanguage, { entryPoint: string; code: string }> = {
  javascript: {
    entryPoint: "twoSum",
    code: `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
    seen.set(nums[i], i);
  }
  return [];
}`,
  },
  typescript: {
    entryPoint: "twoSum",
    code: `function twoSum(nums: number[], target: number): number[] {
  const seen = new Map<number, number>();
  for (let i = 0; i < nums.length; i++) {
    const other = seen.get(target - nums[i]);
    if (other !== undefined) return [other, i];
    seen.set(nums[i], i);
  }
  return [];
}`,
  },
  python: {
    entryPoint: "two_sum",
    code: `from typing import List

def two_sum(nums: List[int], target: int) -> List[int]:
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []
`,
  },
};

/** 10 tests of 1,000 distinct numbers each, the answer being the last two. */
function tests(): CodeTestCase[] {
  return Array.from({ length: 10 }, (_, testIndex) => {
    const nums = Array.from({ length: 1_000 }, (_, i) => ((i * 7919 + testIndex * 104_729) % 1_000_003) * 2 + 1);
    const target = (nums[998] ?? 0) + (nums[999] ?? 0);
    return { name: `test ${testIndex + 1}`, args: [nums, target], expected: [998, 999] };
  });
}

function runRequest(language: RunnableLanguage): CodeRunRequest {
  const { entryPoint, code } = SOLUTIONS[language];
  return { language, code, entryPoint, kind: "function", comparison: "exact", tests: tests(), reveal: false };
}

const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))] ?? Number.NaN;
const rssMiB = () => process.memoryUsage().rss / 1024 / 1024;
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await work();
  return [performance.now() - started, value];
}

interface Measures {
  cold: number[];
  firstRun: number;
  warm: number[];
  backToBack: number[];
  restore: number[];
  rssAfterWarmUp: number;
  rssAfterRuns: number;
}

async function measure(language: RunnableLanguage): Promise<Measures> {
  const runtime = language === "python" ? "python" : "javascript";
  const request = runRequest(language);
  // First, while no closed pool's memory is waiting to be returned: RSS growth is then the worker's.
  const rssBefore = rssMiB();
  const runner = createCodeRunner({ poolSize: 1 });
  const cold: number[] = [];
  try {
    cold.push((await timed(() => runner.warmUp([runtime])))[0]);
    const rssAfterWarmUp = rssMiB() - rssBefore;
    const [firstRun, first] = await timed(() => runner.run(request));
    if (first.verdict !== "passed") throw new Error(`${language}: ${first.verdict} ${JSON.stringify(first.tests[0])}`);

    const warm: number[] = [];
    const restore: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // warmUp resolves once the worker's next interpreter is ready: Python's restore, on its own.
      restore.push((await timed(() => runner.warmUp([runtime])))[0]);
      warm.push((await timed(() => runner.run(request)))[0]);
    }
    const backToBack: number[] = [];
    for (let i = 0; i < RUNS; i++) backToBack.push((await timed(() => runner.run(request)))[0]);
    const rssAfterRuns = rssMiB() - rssBefore;
    await runner.close();
    for (let i = 1; i < COLD_RUNS; i++) {
      const fresh = createCodeRunner({ poolSize: 1 });
      cold.push((await timed(() => fresh.warmUp([runtime])))[0]);
      await fresh.close();
    }
    return {
      cold,
      firstRun,
      warm,
      backToBack,
      restore: language === "python" ? restore : [],
      rssAfterWarmUp,
      rssAfterRuns,
    };
  } finally {
    await runner.close();
  }
}

const results: Array<[RunnableLanguage, Measures]> = [];
for (const language of LANGUAGES) results.push([language, await measure(language)]);

const rows: Array<[string, (m: Measures) => string]> = [
  [`cold start, worker to runtime ready (median of ${COLD_RUNS})`, (m) => ms(median(m.cold))],
  ["first run after the cold start, 10 tests", (m) => ms(m.firstRun)],
  [`warm run, 10 tests: median of ${RUNS}`, (m) => ms(median(m.warm))],
  ["warm run, 10 tests: p95", (m) => ms(p95(m.warm))],
  [`back-to-back run, 10 tests: median of ${RUNS}`, (m) => ms(median(m.backToBack))],
  ["Python interpreter restore (before every run)", (m) => (m.restore.length > 0 ? ms(median(m.restore)) : "-")],
  ["RSS growth, one warm worker", (m) => `${m.rssAfterWarmUp.toFixed(0)} MiB`],
  [`RSS growth after ${2 * RUNS + 1} runs`, (m) => `${m.rssAfterRuns.toFixed(0)} MiB`],
];
const header = ["", ...LANGUAGES];
const table = rows.map(([label, cell]) => [label, ...results.map(([, measures]) => cell(measures))]);
const widths = header.map((_, column) => Math.max(...[header, ...table].map((row) => (row[column] ?? "").length)));
const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
console.log(`Node ${process.version}, ${RUNS} runs per measure\n`);
console.log(line(header));
console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
for (const row of table) console.log(line(row));
