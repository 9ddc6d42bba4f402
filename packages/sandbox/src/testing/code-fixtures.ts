// Tests shared by the sandbox's test files: a function question (two sum) and a class question (an
// LRU cache), as the bank's executable specs describe them, and a request builder.

import { fileURLToPath } from "node:url";
import type { CodeRunRequest, CodeRunResult, CodeTestCase, RunnableLanguage } from "@interviewer/engine";
import { expect } from "vitest";

export const TWO_SUM_TESTS: CodeTestCase[] = [
  { name: "basic", args: [[2, 7, 11, 15], 9], expected: [0, 1] },
  { name: "middle", args: [[3, 2, 4], 6], expected: [1, 2] },
  { name: "same value twice", args: [[3, 3], 6], expected: [0, 1] },
];

export const LRU_TESTS: CodeTestCase[] = [
  {
    name: "evicts the least recently used",
    args: [
      ["new", 2],
      ["put", 1, 1],
      ["put", 2, 2],
      ["get", 1],
      ["put", 3, 3],
      ["get", 2],
      ["put", 4, 4],
      ["get", 1],
      ["get", 3],
      ["get", 4],
    ],
    expected: [null, null, null, 1, null, -1, null, -1, 3, 4],
  },
  {
    name: "capacity one",
    args: [
      ["new", 1],
      ["put", 2, 1],
      ["get", 2],
      ["put", 3, 2],
      ["get", 2],
      ["get", 3],
    ],
    expected: [null, null, 1, null, -1, 2],
  },
];

export function request(
  language: RunnableLanguage,
  code: string,
  overrides: Partial<Omit<CodeRunRequest, "language" | "code">> = {},
): CodeRunRequest {
  return {
    language,
    code,
    kind: "function",
    entryPoint: language === "python" ? "two_sum" : "twoSum",
    comparison: "exact",
    tests: TWO_SUM_TESTS,
    reveal: true,
    ...overrides,
  };
}

const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));

/** What a candidate is shown never names a file of the host. */
export function expectNoHostPaths(result: CodeRunResult) {
  for (const test of result.tests) {
    for (const text of [test.error ?? "", test.output]) {
      for (const hostDetail of [PACKAGE_DIR, process.cwd(), "file:", "node_modules", ".mjs"]) {
        expect(text).not.toContain(hostDetail);
      }
    }
  }
}
