// @ts-check
// Runs Python solutions in Pyodide (CPython compiled to WebAssembly), inside a sandbox worker, from
// the files of the `pyodide` npm package: nothing is downloaded (no packages, no micropip).
//
// Isolation: Pyodide takes seconds to start, so each worker starts it once, runs the harness
// (python-harness.py) and takes a memory snapshot; every run then gets a new interpreter restored
// from that snapshot (a few hundred ms, prepared in the background after the previous run), so no
// run sees what another left in modules or globals. Within a run, each test executes the code in a
// fresh namespace.
//
// Limits: the main thread sets the run's `stop` buffer at the deadline, Pyodide raises
// KeyboardInterrupt at the next bytecode check (code that swallows it is ended by the main thread
// terminating the worker); the interpreter's wasm memory may grow by memoryMb per run, past that
// allocations fail and Python raises MemoryError.
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";
import { sameVerdictForAll, testResult } from "./test-outcome.mjs";
import { capMemory } from "./wasm-memory-caps.mjs";

/** @typedef {import("@interviewer/engine").CodeRunRequest} CodeRunRequest */
/** @typedef {import("@interviewer/engine").TestResult} TestResult */
/** @typedef {import("./worker-protocol.ts").WorkerSettings} WorkerSettings */
/** @typedef {import("./test-outcome.mjs").Outcome} Outcome */
/** @typedef {import("./run-javascript.mjs").RunReport} RunReport */
/** @typedef {import("pyodide").PyodideAPI} PyodideAPI */
/**
 * The harness's Sandbox object (a PyProxy): strings in, JSON text out.
 * @typedef {{ prepare(code: string): string; run_test(entry: string, kind: string, argsJson: string, outputBytes: number): string }} SandboxProxy
 */
/** @typedef {{ pyodide: PyodideAPI; sandbox: SandboxProxy; memory: WebAssembly.Memory }} Interpreter */

const MB = 1024 * 1024;
const HARNESS_SOURCE = readFileSync(new URL("./python-harness.py", import.meta.url), "utf8");
const INDEX_URL = `${dirname(fileURLToPath(import.meta.resolve("pyodide")))}/`;

/** @type {Promise<Uint8Array> | null} */
let snapshot = null;
/** @type {Promise<Interpreter> | null} */
let nextInterpreter = null;
let realmHardened = false;

export async function warmPython() {
  const pending = nextInterpreter ?? prepareInterpreter();
  nextInterpreter = pending;
  try {
    await pending;
  } catch (error) {
    if (nextInterpreter === pending) nextInterpreter = null;
    throw error;
  }
}

/**
 * @param {CodeRunRequest} request
 * @param {WorkerSettings} settings
 * @param {Int32Array} stop
 * @param {RunReport} report
 * @returns {Promise<TestResult[]>}
 */
export async function runPython(request, settings, stop, report) {
  const pending = nextInterpreter ?? prepareInterpreter();
  // Taken even if it failed: the next run then tries a new one.
  nextInterpreter = null;
  const interpreter = await pending;
  try {
    return runTests(interpreter, request, settings, stop, report);
  } finally {
    // This interpreter has run candidate code (and may have failed fatally): the next run gets a new one.
    nextInterpreter = prepareInterpreter();
    // Awaited by the next run; a failure there is reported then, not as an unhandled rejection.
    nextInterpreter.catch(() => {});
  }
}

/**
 * @param {Interpreter} interpreter
 * @param {CodeRunRequest} request
 * @param {WorkerSettings} settings
 * @param {Int32Array} stop
 * @param {RunReport} report
 * @returns {TestResult[]}
 */
function runTests(interpreter, request, settings, stop, report) {
  const { pyodide, sandbox, memory } = interpreter;
  pyodide.setInterruptBuffer(stop);
  capMemory(memory, memory.buffer.byteLength + settings.memoryMb * MB);
  const prepared = JSON.parse(sandbox.prepare(request.code));
  if (prepared.verdict === "compile-error" || prepared.verdict === "forbidden") {
    return sameVerdictForAll(request, prepared.verdict, String(prepared.error));
  }

  report.started();
  const deadline = performance.now() + settings.timeoutMs;
  const argsLimit = settings.outputBytes;
  /** @type {TestResult[]} */
  const results = [];
  let broken = false;
  for (const test of request.tests) {
    const started = performance.now();
    /** @type {Outcome} */
    let outcome;
    let output = "";
    if (Atomics.load(stop, 0) !== 0 || performance.now() > deadline) {
      outcome = stopped("time-limit", `Not run: the run had used its ${settings.timeoutMs} ms before this test.`);
    } else if (broken) {
      outcome = stopped("runtime-error", "Not run: the Python interpreter failed in an earlier test.");
    } else {
      try {
        const reply = JSON.parse(
          sandbox.run_test(request.entryPoint, request.kind, JSON.stringify(test.args), argsLimit),
        );
        output = String(reply.output);
        outcome = outcomeOf(reply, settings);
      } catch (error) {
        // The harness catches everything the code raises, so this is a KeyboardInterrupt that came
        // between its handlers, or Pyodide's fatal error (its wasm stack overflowed), after which
        // the interpreter cannot run anything again.
        const message = error instanceof Error ? error.message : String(error);
        if (/KeyboardInterrupt/.test(message)) {
          outcome = stopped("time-limit", `Time limit exceeded: the run may take ${settings.timeoutMs} ms.`);
        } else {
          broken = true;
          outcome = stopped(
            "runtime-error",
            /call stack|recursion/i.test(message)
              ? "RecursionError: the Python interpreter's stack overflowed (the recursion is too deep)"
              : "The Python interpreter failed while running this test.",
          );
        }
      }
      const endedOnItsOwn = outcome.kind === "value" || outcome.verdict === "runtime-error";
      if (endedOnItsOwn && (Atomics.load(stop, 0) !== 0 || performance.now() > deadline)) {
        outcome = stopped("time-limit", `Time limit exceeded: the run may take ${settings.timeoutMs} ms.`);
      }
    }
    const result = testResult(request, test, outcome, output, performance.now() - started);
    results.push(result);
    report.tested(result);
  }
  return results;
}

/**
 * @param {{ status: string; result: string | null; error: string | null }} reply from run_test
 * @param {WorkerSettings} settings
 * @returns {Outcome}
 */
function outcomeOf(reply, settings) {
  switch (reply.status) {
    case "ok":
      return { kind: "value", json: String(reply.result) };
    case "forbidden":
      return stopped("forbidden", String(reply.error));
    case "output-limit":
      return stopped("output-limit", `Output limit exceeded: a test may print ${settings.outputBytes} bytes.`);
    case "interrupted":
      return stopped("time-limit", `Time limit exceeded: the run may take ${settings.timeoutMs} ms.`);
    case "memory":
      return stopped("memory-limit", `Memory limit exceeded: the code may use ${settings.memoryMb} MB.`);
    default:
      return stopped("runtime-error", String(reply.error));
  }
}

/**
 * @param {import("./test-outcome.mjs").StopVerdict} verdict
 * @param {string} error
 * @returns {Outcome}
 */
function stopped(verdict, error) {
  return { kind: "stopped", verdict, error };
}

/** @returns {Promise<Interpreter>} */
async function prepareInterpreter() {
  snapshot ??= makeSnapshot();
  snapshot.catch(() => {
    snapshot = null;
  });
  const pyodide = await loadPyodide({
    indexURL: INDEX_URL,
    // Python's `js` module would be the worker's globalThis; it is an empty object instead.
    jsglobals: Object.create(null),
    _loadSnapshot: snapshot,
    stdout: ignore,
    stderr: ignore,
  });
  hardenRealm();
  closeHostAccess(pyodide);
  const sandbox = pyodide.runPython("sandbox");
  const memory = Reflect.get(Reflect.get(pyodide, "_module"), "memory");
  if (!(memory instanceof WebAssembly.Memory)) throw new Error("Pyodide's wasm memory was not found");
  return { pyodide, sandbox, memory };
}

/** The cold start: Pyodide, the harness and the modules it imports, frozen as a memory image. */
async function makeSnapshot() {
  const pyodide = await loadPyodide({
    indexURL: INDEX_URL,
    jsglobals: Object.create(null),
    _makeSnapshot: true,
    stdout: ignore,
    stderr: ignore,
  });
  pyodide.runPython(HARNESS_SOURCE, { filename: "sandbox-harness.py" });
  return pyodide.makeMemorySnapshot();
}

/**
 * Python reaches JavaScript only through Pyodide's modules; the harness keeps candidate code from
 * them, and this closes what lies behind them in case it did not: the `js` and `pyodide_js` modules
 * go, and the Node file system (NODEFS) can no longer be mounted.
 * @param {PyodideAPI} pyodide
 */
function closeHostAccess(pyodide) {
  for (const name of ["js", "pyodide_js"]) {
    try {
      pyodide.unregisterJsModule(name);
    } catch {
      // not registered in this version: nothing to close
    }
  }
  pyodide.runPython(
    "import sys\nfor _name in [n for n in sys.modules if n == 'js' or n.startswith('pyodide_js')]:\n    del sys.modules[_name]\ndel _name",
  );
  const refuse = () => {
    throw new Error("not available in the sandbox");
  };
  const filesystems = Reflect.get(pyodide.FS, "filesystems");
  for (const name of ["NODEFS", "NATIVEFS_ASYNC", "PROXYFS", "WORKERFS"]) Reflect.deleteProperty(filesystems, name);
  Reflect.deleteProperty(Reflect.get(pyodide, "_module"), "NODEFS");
  for (const name of ["mountNodeFS", "mountNativeFS", "loadPackage", "loadPackagesFromImports"]) {
    Reflect.set(pyodide, name, refuse);
  }
  Reflect.set(pyodide.FS, "mount", refuse);
}

/**
 * From any JavaScript object Python could hold, `.constructor.constructor` is Function, which
 * compiles code with the worker's full powers. Pyodide needs neither after it has loaded. Once per
 * worker, after the first interpreter loaded (loading may compile glue code).
 */
function hardenRealm() {
  if (realmHardened) return;
  realmHardened = true;
  const functionPrototypes = [
    Function.prototype,
    Object.getPrototypeOf(async () => {}),
    Object.getPrototypeOf(function* () {}),
    Object.getPrototypeOf(async function* () {}),
  ];
  for (const prototype of functionPrototypes) {
    Object.defineProperty(prototype, "constructor", { value: undefined, writable: false, configurable: false });
  }
  for (const name of ["fetch", "WebSocket", "EventSource"]) Reflect.deleteProperty(globalThis, name);
}

function ignore() {}
