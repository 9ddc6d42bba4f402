// @ts-check
// Turns what happened to one test inside an interpreter into the contract's TestResult: the verdict,
// what the candidate may see (inputs and outputs of examples only), the output cut to its limit and
// error messages with no host paths. Shared by the JavaScript and the Python runners.
import { resultsMatch } from "./compare-results.mjs";

/** @typedef {import("@interviewer/engine").CodeRunRequest} CodeRunRequest */
/** @typedef {import("@interviewer/engine").CodeRunResult} CodeRunResult */
/** @typedef {import("@interviewer/engine").CodeTestCase} CodeTestCase */
/** @typedef {import("@interviewer/engine").Json} Json */
/** @typedef {import("@interviewer/engine").TestResult} TestResult */
/** @typedef {import("@interviewer/engine").TestVerdict} TestVerdict */
/** @typedef {Exclude<TestVerdict, "passed" | "failed">} StopVerdict */
/**
 * What one test produced: a JSON value to compare, or a verdict that ended it.
 * @typedef {{ kind: "value"; json: string } | { kind: "stopped"; verdict: StopVerdict; error: string }} Outcome
 */

/** An actual value longer than this (as JSON text) is judged in full but shown as a note. */
const MAX_SHOWN_ACTUAL_CHARS = 16_384;
const MAX_ERROR_CHARS = 2_000;

/**
 * @param {CodeRunRequest} request
 * @param {CodeTestCase} test
 * @param {Outcome} outcome
 * @param {string} output what the code printed, already cut to the output limit
 * @param {number} durationMs
 * @returns {TestResult}
 */
export function testResult(request, test, outcome, output, durationMs) {
  const shown = {
    name: test.name,
    args: request.reveal ? test.args : null,
    expected: request.reveal ? test.expected : null,
    // A hidden test's output could print its inputs.
    output: request.reveal ? output : "",
    durationMs: Math.max(0, Math.round(durationMs * 1000) / 1000),
  };
  if (outcome.kind === "stopped") {
    return { ...shown, verdict: outcome.verdict, actual: null, error: cleanError(outcome.error) };
  }
  /** @type {Json} */
  let actual;
  try {
    actual = JSON.parse(outcome.json);
  } catch {
    return { ...shown, verdict: "runtime-error", actual: null, error: "The return value could not be read as JSON." };
  }
  const passed = resultsMatch(actual, test.expected, request.comparison, request.kind);
  const visible =
    outcome.json.length > MAX_SHOWN_ACTUAL_CHARS ? `(a value of ${outcome.json.length} characters as JSON)` : actual;
  return { ...shown, verdict: passed ? "passed" : "failed", actual: request.reveal ? visible : null, error: null };
}

/**
 * The run's result: "passed" when every test passed, otherwise the first failing test's verdict.
 * @param {CodeRunRequest} request
 * @param {TestResult[]} tests
 * @param {number} durationMs
 * @returns {CodeRunResult}
 */
export function summarize(request, tests, durationMs) {
  const failing = tests.find((test) => test.verdict !== "passed");
  return {
    language: request.language,
    verdict: failing === undefined ? "passed" : failing.verdict,
    passed: tests.filter((test) => test.verdict === "passed").length,
    total: tests.length,
    tests,
    durationMs: Math.round(durationMs * 1000) / 1000,
  };
}

/**
 * Every test gets the same verdict: code that does not compile, or a run that ended before them.
 * @param {CodeRunRequest} request
 * @param {StopVerdict} verdict
 * @param {string} error
 * @returns {TestResult[]}
 */
export function sameVerdictForAll(request, verdict, error) {
  return request.tests.map((test) => testResult(request, test, { kind: "stopped", verdict, error }, "", 0));
}

/**
 * The message shown to the candidate: no host paths (file URLs or absolute paths of two or more
 * segments become "<path>"), bounded length.
 * @param {string} message
 * @returns {string}
 */
export function cleanError(message) {
  const cleaned = message
    .replace(/file:\/\/\S+/g, "<path>")
    .replace(/(?<![\w.])\/(?:[^\s/'"():,]+\/)+[^\s/'"():,]*/g, "<path>")
    .trim();
  return cleaned.length > MAX_ERROR_CHARS ? `${cleaned.slice(0, MAX_ERROR_CHARS)}…` : cleaned;
}

/** Collects what a test prints, up to a byte budget; past it the test ends with output-limit. */
export class OutputBuffer {
  /** @param {number} limitBytes */
  constructor(limitBytes) {
    this.limitBytes = limitBytes;
    this.usedBytes = 0;
    this.exceeded = false;
    /** @type {string[]} */
    this.chunks = [];
  }

  /**
   * @param {string} text
   * @returns {boolean} false once the budget is spent
   */
  append(text) {
    if (this.exceeded) return false;
    const bytes = Buffer.byteLength(text);
    if (this.usedBytes + bytes <= this.limitBytes) {
      this.chunks.push(text);
      this.usedBytes += bytes;
      return true;
    }
    const room = this.limitBytes - this.usedBytes;
    // Cut on a character boundary: a partial UTF-8 sequence decodes to U+FFFD, dropped here.
    this.chunks.push(
      Buffer.from(text)
        .subarray(0, room)
        .toString("utf8")
        .replace(/\uFFFD+$/, ""),
    );
    this.usedBytes = this.limitBytes;
    this.exceeded = true;
    return false;
  }

  /** @returns {string} */
  text() {
    return this.chunks.join("");
  }
}
