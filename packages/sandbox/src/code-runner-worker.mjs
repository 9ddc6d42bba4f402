// @ts-check
// A sandbox worker thread: takes one run at a time from the code runner (code-runner.ts), runs it in
// QuickJS or Pyodide and reports each test as it finishes, then the whole result. Plain JavaScript
// (checked through JSDoc) because a worker is loaded by Node itself, without a TypeScript loader.
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { runJavaScript, warmJavaScript } from "./run-javascript.mjs";
import { runPython, warmPython } from "./run-python.mjs";
import { cleanError, summarize } from "./test-outcome.mjs";

/** @typedef {import("@interviewer/engine").TestResult} TestResult */
/** @typedef {import("./worker-protocol.ts").ToWorker} ToWorker */
/** @typedef {import("./worker-protocol.ts").FromWorker} FromWorker */
/** @typedef {import("./worker-protocol.ts").WorkerSettings} WorkerSettings */

/** Lower than any request-serving thread (0), still above truly idle work (19). */
const SANDBOX_NICE = 10;

if (parentPort === null) throw new Error("code-runner-worker.mjs runs as a worker thread");
const port = parentPort;
/** @type {WorkerSettings} */
const settings = workerData;

// Candidate code must never take the CPU from the API: a run that spins until its time limit (or any
// Python run, which restores a whole interpreter) would otherwise share the cores equally with the
// event loop. On Linux a nice value is per thread, so lowering it here lowers this worker alone and
// the request-serving thread keeps its priority (bench/README.md, "The API while code runs").
// Elsewhere the call would lower the whole process, so it is made on Linux only; refusal is harmless.
if (process.platform === "linux") {
  try {
    setPriority(SANDBOX_NICE);
  } catch {
    // A container without the right to change priorities runs the worker at normal priority.
  }
}

/** @param {FromWorker} message */
function send(message) {
  port.postMessage(message);
}

// One message at a time: a run never overlaps another run or a warm-up in this worker.
let queue = Promise.resolve();
port.on("message", (/** @type {ToWorker} */ message) => {
  queue = queue.then(() => handle(message));
});

/** @param {ToWorker} message */
async function handle(message) {
  try {
    if (message.type === "warm") {
      for (const language of message.languages) {
        await (language === "python" ? warmPython() : warmJavaScript(settings));
      }
      send({ type: "warmed", id: message.id });
      return;
    }
    const { id, request } = message;
    const stop = new Int32Array(message.stop);
    const begun = performance.now();
    const report = {
      started: () => send({ type: "started", id }),
      tested: (/** @type {TestResult} */ result) => send({ type: "test", id, result }),
    };
    const tests =
      request.language === "python"
        ? await runPython(request, settings, stop, report)
        : await runJavaScript(request, settings, stop, report);
    send({ type: "done", id, result: summarize(request, tests, performance.now() - begun) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    send({ type: "failed", id: message.id, message: cleanError(`The sandbox failed: ${reason}`) });
  }
}
