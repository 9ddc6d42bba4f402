// @ts-check
// Compares a test's actual value with the expected one, by the question's comparison rule. Runs in
// the sandbox worker on plain JSON (the value came out of the interpreter as JSON text), so nothing
// the candidate's code defined (an __eq__, a toJSON, a patched sort) takes part in the judgement.
// Plain JavaScript with checked JSDoc types: the worker loads it without a TypeScript loader.

/** @typedef {import("@interviewer/engine").Json} Json */
/** @typedef {import("@interviewer/engine").Comparison} Comparison */

const FLOAT_TOLERANCE = 1e-6;

/**
 * Whether `actual` matches `expected` for one test. A "class" test's values are the lists of call
 * results; each result is compared by the rule on its own (an unordered rule never reorders calls).
 * @param {Json} actual
 * @param {Json} expected
 * @param {Comparison} comparison
 * @param {"function" | "class"} kind
 * @returns {boolean}
 */
export function resultsMatch(actual, expected, comparison, kind) {
  if (kind === "class") {
    if (!Array.isArray(actual) || !Array.isArray(expected) || actual.length !== expected.length) return false;
    return expected.every((value, index) => valuesMatch(actual[index] ?? null, value, comparison));
  }
  return valuesMatch(actual, expected, comparison);
}

/**
 * @param {Json} actual
 * @param {Json} expected
 * @param {Comparison} comparison
 * @returns {boolean}
 */
export function valuesMatch(actual, expected, comparison) {
  switch (comparison) {
    case "exact":
      return deepEqual(actual, expected, false);
    case "float":
      return deepEqual(actual, expected, true);
    case "unordered":
      return Array.isArray(actual) && Array.isArray(expected)
        ? sameMultiset(actual.map(canonical), expected.map(canonical))
        : deepEqual(actual, expected, false);
    case "unordered-nested":
      return Array.isArray(actual) && Array.isArray(expected)
        ? sameMultiset(actual.map(sortedInner), expected.map(sortedInner))
        : deepEqual(actual, expected, false);
  }
}

/**
 * @param {Json} a
 * @param {Json} b
 * @param {boolean} tolerant numbers equal within FLOAT_TOLERANCE (relative for large magnitudes)
 * @returns {boolean}
 */
function deepEqual(a, b, tolerant) {
  if (typeof a === "number" && typeof b === "number") {
    if (a === b) return true;
    return tolerant && Math.abs(a - b) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => deepEqual(item, b[index] ?? null, tolerant));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const left = a[key];
    const right = b[key];
    return left !== undefined && right !== undefined && deepEqual(left, right, tolerant);
  });
}

/** An inner array sorted by canonical form, so [[2,1],[3]] and [[3],[1,2]] compare equal as multisets. */
/** @param {Json} value @returns {string} */
function sortedInner(value) {
  return Array.isArray(value) ? `[${value.map(canonical).sort().join(",")}]` : canonical(value);
}

/** JSON text with object keys sorted: equal values give equal strings. */
/** @param {Json} value @returns {string} */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key] ?? null)}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}

/** @param {string[]} a @param {string[]} b @returns {boolean} */
function sameMultiset(a, b) {
  if (a.length !== b.length) return false;
  const left = [...a].sort();
  const right = [...b].sort();
  return left.every((item, index) => item === right[index]);
}
