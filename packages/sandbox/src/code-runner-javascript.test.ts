// JavaScript and TypeScript solutions through the real pool (QuickJS in worker threads): one fixture
// per kind of solution a candidate may send, with the verdict it must get.
import { type TestVerdict, ZCodeRunResultSchema } from "@interviewer/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCodeRunner, type SandboxCodeRunner } from "./code-runner.ts";
import { expectNoHostPaths, LRU_TESTS, request } from "./testing/code-fixtures.ts";

// Generous: the suite shares the machine with others, and only the runaway fixtures wait for it.
const TIMEOUT_MS = 3_000;
let runner: SandboxCodeRunner;

beforeAll(async () => {
  runner = createCodeRunner({ timeoutMs: TIMEOUT_MS, poolSize: 2 });
  await runner.warmUp(["javascript"]);
});

afterAll(async () => {
  await runner.close();
});

const CORRECT_JS = `
function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
    seen.set(nums[i], i);
  }
  return [];
}`;

const CORRECT_TS = `
export function twoSum(nums: number[], target: number): number[] {
  const seen = new Map<number, number>();
  for (let i = 0; i < nums.length; i++) {
    const other = seen.get(target - nums[i]);
    if (other !== undefined) return [other, i];
    seen.set(nums[i], i);
  }
  return [];
}`;

interface Fixture {
  name: string;
  code: string;
  verdict: TestVerdict;
  error?: RegExp;
}

const FIXTURES: Record<"javascript" | "typescript", Fixture[]> = {
  javascript: [
    { name: "correct", code: CORRECT_JS, verdict: "passed" },
    {
      name: "off by one (1-based indices)",
      code: "function twoSum(nums, target) { for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === target) return [i + 1, j + 1]; }",
      verdict: "failed",
    },
    {
      name: "wrong type (a string)",
      code: "function twoSum(nums, target) { return '0,1'; }",
      verdict: "failed",
    },
    {
      name: "infinite loop",
      code: "function twoSum() { while (true) {} }",
      verdict: "time-limit",
      error: /time limit/i,
    },
    {
      name: "memory bomb",
      code: "function twoSum() { const chunks = []; for (;;) chunks.push(new ArrayBuffer(24 << 20)); }",
      verdict: "memory-limit",
      error: /memory limit/i,
    },
    {
      name: "deep recursion",
      code: "function twoSum(nums, target) { return twoSum(nums, target + 1); }",
      verdict: "runtime-error",
      error: /stack overflow/,
    },
    {
      name: "huge output",
      code: "function twoSum() { for (;;) console.log('spam'.repeat(100)); }",
      verdict: "output-limit",
    },
    {
      name: "require('fs')",
      code: "const fs = require('fs');\nfunction twoSum() { return [0, 1]; }",
      verdict: "forbidden",
      error: /require is not available/,
    },
    {
      name: "process.env, even when the error is caught",
      code: "function twoSum() { try { return [process.env.HOME] } catch { return [0, 1] } }",
      verdict: "forbidden",
      error: /process is not available/,
    },
    { name: "fetch", code: "function twoSum() { fetch('https://example.com'); }", verdict: "forbidden" },
    {
      name: "import",
      code: "import { readFileSync } from 'fs';\nexport function twoSum() { return [0, 1]; }",
      verdict: "forbidden",
    },
    { name: "dynamic import", code: "function twoSum() { import('fs'); return [0, 1]; }", verdict: "forbidden" },
    {
      name: "syntax error",
      code: "function twoSum(nums, target) { return nums * ; }",
      verdict: "compile-error",
      error: /SyntaxError/,
    },
    {
      name: "throws",
      code: "function twoSum(nums) { return nums.missing.length; }",
      verdict: "runtime-error",
      error: /TypeError.*solution\.js:1/s,
    },
    {
      name: "no such function",
      code: "function twoSumm() { return [0, 1]; }",
      verdict: "runtime-error",
      error: /twoSum is not defined/,
    },
  ],
  typescript: [
    { name: "correct", code: CORRECT_TS, verdict: "passed" },
    {
      name: "off by one",
      code: "function twoSum(nums: number[], target: number): number[] { return [0, nums.length]; }",
      verdict: "failed",
    },
    { name: "wrong type", code: "function twoSum(nums: number[]): string { return '[0,1]'; }", verdict: "failed" },
    { name: "infinite loop", code: "function twoSum(): number[] { for (;;) {} }", verdict: "time-limit" },
    {
      name: "memory bomb",
      code: "function twoSum(): number[] { const chunks: ArrayBuffer[] = []; for (;;) chunks.push(new ArrayBuffer(24 << 20)); }",
      verdict: "memory-limit",
    },
    {
      name: "deep recursion",
      code: "function twoSum(nums: number[], target: number): number[] { return twoSum(nums, target); }",
      verdict: "runtime-error",
    },
    {
      name: "huge output",
      code: "function twoSum(): number[] { while (true) console.log('x'.repeat(1000)); }",
      verdict: "output-limit",
    },
    {
      name: "import fs",
      code: "import * as fs from 'fs';\nexport function twoSum(): number[] { return [0, 1]; }",
      verdict: "forbidden",
    },
    {
      name: "process.env",
      code: "function twoSum(): string { return process.env.SECRET ?? ''; }",
      verdict: "forbidden",
    },
    {
      name: "type syntax error",
      code: "function twoSum(nums: number[: number[] { return []; }",
      verdict: "compile-error",
    },
  ],
};

describe.each(["javascript", "typescript"] as const)("%s", (language) => {
  it.each(FIXTURES[language])("$name → $verdict", async ({ code, verdict, error }) => {
    const result = await runner.run(request(language, code));
    expect(ZCodeRunResultSchema.parse(result)).toEqual(result);
    expect(result.verdict).toBe(verdict);
    expect(result.total).toBe(3);
    expect(result.tests[0]?.verdict).toBe(verdict);
    if (error !== undefined) expect(result.tests[0]?.error).toMatch(error);
    expectNoHostPaths(result);
  });
});

describe("results", () => {
  it("shows an example's input, expected and actual values, output and time", async () => {
    const code = "function twoSum(nums, target) { console.log('nums', nums, target); return [0, 1]; }";
    const result = await runner.run(request("javascript", code));
    expect(result).toMatchObject({ language: "javascript", verdict: "failed", passed: 2, total: 3 });
    expect(result.tests[0]).toMatchObject({
      name: "basic",
      verdict: "passed",
      args: [[2, 7, 11, 15], 9],
      expected: [0, 1],
      actual: [0, 1],
      output: "nums [2,7,11,15] 9\n",
      error: null,
    });
    expect(result.tests[1]).toMatchObject({ verdict: "failed", actual: [0, 1], expected: [1, 2] });
    expect(result.tests[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("hides a hidden test's input, expected value, actual value and output", async () => {
    const code = "function twoSum(nums) { console.log(nums); return [1, 0]; }";
    const result = await runner.run(request("javascript", code, { reveal: false }));
    expect(result.tests[0]).toMatchObject({ verdict: "failed", args: null, expected: null, actual: null, output: "" });
  });

  it("cuts a test's output at the limit", async () => {
    const code = "function twoSum() { for (;;) console.log('é'.repeat(50)); }";
    const result = await runner.run(request("javascript", code));
    const output = result.tests[0]?.output ?? "";
    expect(Buffer.byteLength(output)).toBeLessThanOrEqual(16_384);
    expect(Buffer.byteLength(output)).toBeGreaterThan(16_000);
    expect(output).not.toContain("\uFFFD");
  });

  it("gives each test fresh globals: state left by one test is not seen by the next", async () => {
    const code =
      "var calls = (typeof calls === 'number' ? calls : 0) + 1;\nfunction twoSum() { globalThis.leak = (globalThis.leak ?? 0) + 1; return [calls, globalThis.leak]; }";
    const result = await runner.run(request("javascript", code));
    expect(result.tests.map((test) => test.actual)).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  it("compares by the question's rule (unordered-nested)", async () => {
    const code = "function groups(words) { return [['tea', 'eat'], ['bat']]; }";
    const tests = [{ name: "anagrams", args: [["eat", "tea", "bat"]], expected: [["bat"], ["eat", "tea"]] }];
    const result = await runner.run(
      request("javascript", code, { entryPoint: "groups", comparison: "unordered-nested", tests }),
    );
    expect(result.verdict).toBe("passed");
  });

  it("accepts CommonJS exports and arrow functions", async () => {
    for (const code of ["module.exports = { twoSum: (n, t) => [0, 1] };", "const twoSum = (n, t) => [0, 1];"]) {
      const result = await runner.run(
        request("javascript", code, { tests: [{ name: "t", args: [[1], 1], expected: [0, 1] }] }),
      );
      expect(result.verdict).toBe("passed");
    }
  });
});

describe("class questions", () => {
  const LRU_JS = `
class LRUCache {
  constructor(capacity) { this.capacity = capacity; this.map = new Map(); }
  get(key) {
    if (!this.map.has(key)) return -1;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }
  put(key, value) {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value);
  }
}`;
  const LRU_TS = `
class LRUCache {
  private readonly map = new Map<number, number>();
  constructor(private readonly capacity: number) {}
  get(key: number): number {
    const value = this.map.get(key);
    if (value === undefined) return -1;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }
  put(key: number, value: number): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}`;

  it.each([
    ["javascript", LRU_JS],
    ["typescript", LRU_TS],
  ] as const)("%s LRU cache passes", async (language, code) => {
    const result = await runner.run(
      request(language, code, { kind: "class", entryPoint: "LRUCache", tests: LRU_TESTS }),
    );
    expect(result.verdict).toBe("passed");
    expect(result.tests[0]?.actual).toEqual(LRU_TESTS[0]?.expected);
  });

  it("an LRU cache that never evicts fails", async () => {
    const code = LRU_JS.replace("if (this.map.size > this.capacity)", "if (false)");
    const result = await runner.run(
      request("javascript", code, { kind: "class", entryPoint: "LRUCache", tests: LRU_TESTS }),
    );
    expect(result.verdict).toBe("failed");
    expect(result.tests[0]?.actual).toEqual([null, null, null, 1, null, 2, null, 1, 3, 4]);
  });
});
