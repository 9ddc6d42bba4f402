// @interviewer/sandbox — runs candidate code against JSON tests, off the caller's event loop:
// JavaScript and TypeScript in QuickJS, Python in Pyodide, both WebAssembly loaded from node_modules
// (nothing is downloaded at run time), in a bounded pool of worker threads with time, memory and
// output limits. See code-runner.ts for the pool and limits.ts for the defaults.
export {
  type CodeRunner,
  CodeRunnerBusyError,
  createCodeRunner,
  type SandboxCodeRunner,
} from "./code-runner.ts";
export { type CodeRunnerLimits, DEFAULT_CODE_RUNNER_LIMITS } from "./limits.ts";
