// @ts-check
// Runs JavaScript and TypeScript solutions in QuickJS (WebAssembly), inside a sandbox worker. Each
// test gets a new QuickJS runtime and context: nothing a test or an earlier run left behind is seen
// by the next. The context holds the ECMAScript built-ins, a console and the harness, nothing else:
// no require, process, fetch, timers or modules. TypeScript is stripped of its types by sucrase.
import variant from "@jitl/quickjs-wasmfile-release-sync";
import { newQuickJSWASMModuleFromVariant } from "quickjs-emscripten-core";
import { transform } from "sucrase";
import { OutputBuffer, sameVerdictForAll, testResult } from "./test-outcome.mjs";
import { capMemory, growthRefusals } from "./wasm-memory-caps.mjs";

/** @typedef {import("@interviewer/engine").CodeRunRequest} CodeRunRequest */
/** @typedef {import("@interviewer/engine").CodeTestCase} CodeTestCase */
/** @typedef {import("@interviewer/engine").TestResult} TestResult */
/** @typedef {import("./worker-protocol.ts").WorkerSettings} WorkerSettings */
/** @typedef {import("./test-outcome.mjs").Outcome} Outcome */
/** @typedef {import("quickjs-emscripten-core").QuickJSWASMModule} QuickJSWASMModule */
/** @typedef {import("quickjs-emscripten-core").QuickJSContext} QuickJSContext */
/** @typedef {import("quickjs-emscripten-core").QuickJSHandle} QuickJSHandle */
/** @typedef {{ started(): void; tested(result: TestResult): void }} RunReport */

const MB = 1024 * 1024;
/**
 * QuickJS's own recursion check (about 12,000 plain calls deep). Wasm frames also use the thread's
 * native stack, about 2-4 bytes for each byte counted here, so the worker's stack (WORKER_STACK_MB in
 * code-runner.ts, 16 MB) must stay well above 4x this: otherwise V8 overflows first, inside wasm.
 */
const QUICKJS_STACK_BYTES = 2 * MB;
const HEAP_SLACK_BYTES = 16 * MB;
const SHOWN_STACK_FRAMES = 5;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** @type {Promise<QuickJSWASMModule> | null} */
let quickjs = null;

/**
 * The QuickJS wasm module, loaded once per worker; loaded again if a host-level failure broke it.
 * One runtime lives in it at a time, so its heap never needs much more than its size after loading
 * plus one test's memory; the cap leaves room for fragmentation.
 * @param {WorkerSettings} settings
 */
function loadQuickJs(settings) {
  if (quickjs === null) {
    const loading = newQuickJSWASMModuleFromVariant(variant).then((module) => {
      const memory = module.getWasmMemory();
      capMemory(memory, memory.buffer.byteLength + 2 * settings.memoryMb * MB + HEAP_SLACK_BYTES);
      return module;
    });
    // A failed load is tried again by the next run.
    loading.catch(() => {
      if (quickjs === loading) quickjs = null;
    });
    quickjs = loading;
  }
  return quickjs;
}

/**
 * Loads QuickJS and runs one small solution through the whole path (TypeScript stripping, syntax
 * check, harness), so V8 has compiled what a first run needs before a candidate waits for it.
 * @param {WorkerSettings} settings
 */
export async function warmJavaScript(settings) {
  const code =
    "function warmUp(values: number[]): number[] { const seen = new Map<number, number>(); return values.map((v) => (seen.set(v, v), v * 2)); }";
  /** @type {CodeRunRequest} */
  const request = {
    language: "typescript",
    code,
    kind: "function",
    entryPoint: "warmUp",
    comparison: "exact",
    tests: [{ name: "warm-up", args: [[1, 2]], expected: [2, 4] }],
    reveal: false,
  };
  await runJavaScript(request, settings, new Int32Array(1), { started() {}, tested() {} });
}

/**
 * @param {CodeRunRequest} request
 * @param {WorkerSettings} settings
 * @param {Int32Array} stop set by the main thread at the deadline or on abort
 * @param {RunReport} report
 * @returns {Promise<TestResult[]>}
 */
export async function runJavaScript(request, settings, stop, report) {
  if (!IDENTIFIER.test(request.entryPoint)) throw new Error(`invalid entry point ${request.entryPoint}`);
  const filename = request.language === "typescript" ? "solution.ts" : "solution.js";
  const prepared = stripTypes(request.code, request.language);
  if (prepared.error !== null) return sameVerdictForAll(request, "compile-error", prepared.error);
  const syntaxError = checkSyntax(await loadQuickJs(settings), prepared.code, filename);
  if (syntaxError !== null) return sameVerdictForAll(request, "compile-error", syntaxError);

  report.started();
  const deadline = performance.now() + settings.timeoutMs;
  /** @type {TestResult[]} */
  const results = [];
  for (const test of request.tests) {
    const timeUp = Atomics.load(stop, 0) !== 0 || performance.now() > deadline;
    const result = timeUp
      ? testResult(request, test, notRun(settings), "", 0)
      : runTest(await loadQuickJs(settings), prepared.code, filename, request, test, settings, deadline, stop);
    results.push(result);
    report.tested(result);
  }
  return results;
}

/**
 * TypeScript loses its types; code written as a module (import/export) becomes a script whose imports
 * are require() calls, which the context answers with "forbidden". Line numbers are kept.
 * @param {string} code
 * @param {CodeRunRequest["language"]} language
 * @returns {{ code: string; error: null } | { code: null; error: string }}
 */
function stripTypes(code, language) {
  const usesModules = /^\s*(?:import|export)\b/m.test(code) || /\bimport\s*\(/.test(code);
  /** @type {import("sucrase").Transform[]} */
  const transforms = language === "typescript" ? ["typescript"] : [];
  if (usesModules) transforms.push("imports");
  if (transforms.length === 0) return { code, error: null };
  try {
    // keepUnusedImports: an unused `import fs from "fs"` is still an attempt, reported as forbidden.
    const output = transform(code, { transforms, keepUnusedImports: true, disableESTransforms: true });
    return { code: output.code, error: null };
  } catch (error) {
    return { code: null, error: `SyntaxError: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * @param {QuickJSWASMModule} module
 * @param {string} code
 * @param {string} filename
 * @returns {string | null} the syntax error, if any
 */
function checkSyntax(module, code, filename) {
  const context = module.newContext();
  try {
    const compiled = context.evalCode(code, filename, { compileOnly: true });
    if (compiled.error === undefined) {
      compiled.value.dispose();
      return null;
    }
    const error = describeError(context, compiled.error);
    compiled.error.dispose();
    return error.text;
  } finally {
    context.dispose();
  }
}

/**
 * One test in a new runtime. The interrupt handler ends the code (uncatchably) at the deadline, when
 * the main thread sets `stop`, or once a host function recorded a verdict (output limit, forbidden).
 * @param {QuickJSWASMModule} module
 * @param {string} code
 * @param {string} filename
 * @param {CodeRunRequest} request
 * @param {CodeTestCase} test
 * @param {WorkerSettings} settings
 * @param {number} deadline
 * @param {Int32Array} stop
 * @returns {TestResult}
 */
function runTest(module, code, filename, request, test, settings, deadline, stop) {
  const started = performance.now();
  const heap = module.getWasmMemory();
  const refusalsBefore = growthRefusals(heap);
  const output = new OutputBuffer(settings.outputBytes);
  /** @type {Outcome | null} a verdict reached by the host while the code ran */
  let ended = null;
  const runtime = module.newRuntime({
    memoryLimitBytes: settings.memoryMb * MB,
    maxStackSizeBytes: QUICKJS_STACK_BYTES,
    interruptHandler: () => ended !== null || Atomics.load(stop, 0) !== 0 || performance.now() > deadline,
  });
  const context = runtime.newContext();
  /** @type {QuickJSHandle[]} */
  const handles = [];
  /** @param {QuickJSHandle} handle */
  const keep = (handle) => {
    handles.push(handle);
    return handle;
  };

  /** @returns {Outcome} */
  const execute = () => {
    const write = keep(
      context.newFunction("write", (text) => {
        if (!output.append(context.getString(text))) {
          ended ??= { kind: "stopped", verdict: "output-limit", error: outputLimitMessage(settings) };
        }
      }),
    );
    const forbid = keep(
      context.newFunction("forbid", (name) => {
        ended ??= { kind: "stopped", verdict: "forbidden", error: forbiddenMessage(context.getString(name)) };
      }),
    );
    const prelude = context.evalCode(`(${guestPrelude})`, "harness.js");
    if (prelude.error !== undefined) return errorOutcome(context, keep(prelude.error), settings);
    const installed = context.callFunction(keep(prelude.value), context.undefined, write, forbid);
    if (installed.error !== undefined) return errorOutcome(context, keep(installed.error), settings);
    const run = keep(installed.value);

    const loaded = context.evalCode(code, filename);
    if (loaded.error !== undefined) return errorOutcome(context, keep(loaded.error), settings);
    keep(loaded.value);
    // A top-level `const`/`class` is not a property of globalThis; a later script still sees it.
    const entry = request.entryPoint;
    const target = context.evalCode(`typeof ${entry} === "undefined" ? undefined : ${entry}`, "harness.js");
    if (target.error !== undefined) return errorOutcome(context, keep(target.error), settings);
    const called = context.callFunction(
      run,
      context.undefined,
      keep(target.value),
      keep(context.newString(entry)),
      keep(context.newString(request.kind)),
      keep(context.newString(JSON.stringify(test.args))),
    );
    // Promise callbacks the code queued run too (an `import()` becomes a require() in one of them).
    const jobs = runtime.executePendingJobs();
    if (jobs.error !== undefined) keep(jobs.error);
    if (called.error !== undefined) return errorOutcome(context, keep(called.error), settings);
    return { kind: "value", json: context.getString(keep(called.value)) };
  };

  /** @type {Outcome} */
  let outcome;
  try {
    outcome = execute();
  } catch (error) {
    // A failure of the wasm machine itself (its native stack overflowed): it cannot be trusted again.
    quickjs = null;
    outcome = { kind: "stopped", verdict: "runtime-error", error: hostFailureMessage(error) };
  } finally {
    try {
      for (const handle of handles.reverse()) if (handle.alive) handle.dispose();
      context.dispose();
      runtime.dispose();
    } catch {
      quickjs = null;
    }
  }
  if (ended !== null) outcome = ended;
  else if (Atomics.load(stop, 0) !== 0 || performance.now() > deadline) outcome = timeLimit(settings);
  else if (outcome.kind === "stopped" && growthRefusals(heap) > refusalsBefore) outcome = memoryLimit(settings);
  return testResult(request, test, outcome, output.text(), performance.now() - started);
}

/**
 * @param {QuickJSContext} context
 * @param {QuickJSHandle} handle the thrown value
 * @param {WorkerSettings} settings
 * @returns {Outcome}
 */
function errorOutcome(context, handle, settings) {
  // Reading the error needs memory the limit may have used up.
  context.runtime.setMemoryLimit(-1);
  const error = describeError(context, handle);
  if (/out of memory/i.test(error.message)) return memoryLimit(settings);
  return { kind: "stopped", verdict: "runtime-error", error: error.text };
}

/**
 * "Name: message" and the first frames in the candidate's file.
 * @param {QuickJSContext} context
 * @param {QuickJSHandle} handle
 * @returns {{ message: string; text: string }}
 */
function describeError(context, handle) {
  const value = context.dump(handle);
  if (value === null || typeof value !== "object" || typeof value.message !== "string") {
    const shown = typeof value === "string" ? value : JSON.stringify(value);
    return { message: String(shown), text: `Uncaught ${shown}` };
  }
  const name = typeof value.name === "string" ? value.name : "Error";
  /** @type {string} */
  const stack = typeof value.stack === "string" ? value.stack : "";
  const frames = stack
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.includes("solution."))
    .slice(0, SHOWN_STACK_FRAMES);
  const text = [`${name}: ${value.message}`, ...frames.map((frame) => `    ${frame}`)].join("\n");
  return { message: value.message, text };
}

/** @param {WorkerSettings} settings @returns {Outcome} */
function timeLimit(settings) {
  return {
    kind: "stopped",
    verdict: "time-limit",
    error: `Time limit exceeded: the run may take ${settings.timeoutMs} ms.`,
  };
}

/** @param {WorkerSettings} settings @returns {Outcome} */
function notRun(settings) {
  return {
    kind: "stopped",
    verdict: "time-limit",
    error: `Not run: the run had used its ${settings.timeoutMs} ms before this test.`,
  };
}

/** @param {WorkerSettings} settings @returns {Outcome} */
function memoryLimit(settings) {
  return {
    kind: "stopped",
    verdict: "memory-limit",
    error: `Memory limit exceeded: the code may use ${settings.memoryMb} MB.`,
  };
}

/** @param {WorkerSettings} settings */
function outputLimitMessage(settings) {
  return `Output limit exceeded: a test may print ${settings.outputBytes} bytes.`;
}

/** @param {string} name */
function forbiddenMessage(name) {
  return `${name} is not available: solutions run with the language's built-ins only (no modules, files, network, environment or process).`;
}

/** @param {unknown} error */
function hostFailureMessage(error) {
  const message = error instanceof Error ? error.message : String(error);
  return /call stack/i.test(message)
    ? "InternalError: stack overflow (the recursion is too deep)"
    : `InternalError: the JavaScript sandbox failed (${message})`;
}

/**
 * Runs inside each fresh QuickJS context, before the candidate's code (it is sent as source text, so
 * it uses nothing from this module). Installs console (printing through `write`) and traps for the
 * host capabilities a solution might reach for (reporting through `forbid`), and returns the harness
 * that calls the entry point with JSON arguments and returns the result as JSON text.
 * @param {(text: string) => void} write
 * @param {(name: string) => void} forbid
 */
function guestPrelude(write, forbid) {
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const defineProperty = Object.defineProperty;
  const SetType = Set;
  const MapType = Map;
  const arrayFrom = Array.from;
  const fromEntries = Object.fromEntries;

  /** Sets and Maps become arrays and objects; undefined inside arrays becomes null as JSON does. */
  const replacer = (/** @type {string} */ _key, /** @type {unknown} */ value) => {
    if (value instanceof SetType) return arrayFrom(value);
    if (value instanceof MapType) return fromEntries(value);
    if (typeof value === "bigint") return Number(value);
    return value;
  };
  const toJson = (/** @type {unknown} */ value) => stringify(value === undefined ? null : value, replacer) ?? "null";
  const format = (/** @type {unknown} */ value) => {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) return String(value);
    if (typeof value === "function") return `[Function ${value.name || "anonymous"}]`;
    try {
      return stringify(value, replacer) ?? String(value);
    } catch {
      return String(value);
    }
  };
  const log = (/** @type {unknown[]} */ ...values) => {
    write(`${values.map(format).join(" ")}\n`);
  };
  const console = { log, info: log, warn: log, error: log, debug: log, trace: log };
  defineProperty(globalThis, "console", { value: console, writable: true, configurable: true });

  for (const name of ["require", "process", "fetch", "XMLHttpRequest", "WebSocket", "importScripts", "Deno", "Bun"]) {
    defineProperty(globalThis, name, {
      get() {
        forbid(name);
        throw new ReferenceError(`${name} is not available in the sandbox`);
      },
      configurable: false,
    });
  }
  // CommonJS-style solutions (module.exports = twoSum) and sucrase's module output write here.
  const module = { exports: /** @type {Record<string, unknown>} */ ({}) };
  defineProperty(globalThis, "module", { value: module, writable: true, configurable: true });
  defineProperty(globalThis, "exports", { value: module.exports, writable: true, configurable: true });

  /**
   * @param {unknown} found the global binding named like the entry point, if any
   * @param {string} entry
   * @param {"function" | "class"} kind
   * @param {string} argsJson
   */
  return function run(found, entry, kind, argsJson) {
    const exported = module.exports;
    const target = found ?? (typeof exported === "function" ? exported : (exported[entry] ?? exported.default));
    if (typeof target !== "function") {
      throw new ReferenceError(`${entry} is not defined: the solution must define a ${kind} named ${entry}`);
    }
    const args = parse(argsJson);
    if (kind === "function") return toJson(target(...args));
    /** @type {unknown[]} */
    const results = [];
    let instance = null;
    for (let index = 0; index < args.length; index++) {
      const [method, ...params] = args[index];
      if (index === 0) {
        instance = Reflect.construct(target, params);
        results.push(null);
        continue;
      }
      const callable = instance[method];
      if (typeof callable !== "function") throw new TypeError(`${method} is not a method of ${entry}`);
      const value = callable.apply(instance, params);
      results.push(value === undefined ? null : value);
    }
    return toJson(results);
  };
}
