// Reads a résumé file's text in a worker thread (resume-text-worker.mjs) under a deadline and a heap
// limit: pdf.js and mammoth are large parsers fed untrusted bytes, and one slow or memory-hungry step
// must cost that upload, not the event loop every other request shares. The thread is terminated at
// the deadline (a stuck parser cannot ignore that, unlike an abort signal), sees none of the server's
// environment, and only a few run at once per process (RESUME_PARSERS_AT_ONCE): beyond that an upload
// is told to try again (RESUME_BUSY) rather than queue behind them.
import { Worker } from "node:worker_threads";
import { resumeError } from "./resume-errors.ts";
import {
  RESUME_MAX_PDF_PAGES,
  RESUME_PARSE_TIMEOUT_MS,
  RESUME_PARSER_HEAP_MB,
  RESUME_PARSERS_AT_ONCE,
} from "./resume-limits.ts";

const WORKER_ENTRY = new URL("./resume-text-worker.mjs", import.meta.url);

export type ParsedKind = "pdf" | "docx";

interface WorkerReply {
  text?: unknown;
  failure?: unknown;
}

let running = 0;

export async function parseInWorker(
  kind: ParsedKind,
  bytes: Uint8Array,
  options: { timeoutMs?: number } = {},
): Promise<string> {
  if (running >= RESUME_PARSERS_AT_ONCE) {
    throw resumeError("RESUME_BUSY", "Several résumés are being read right now. Upload yours again in a moment.");
  }
  running += 1;
  try {
    return await runWorker(kind, bytes, options.timeoutMs ?? RESUME_PARSE_TIMEOUT_MS);
  } finally {
    running -= 1;
  }
}

function runWorker(kind: ParsedKind, bytes: Uint8Array, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_ENTRY, {
      // A copy: the worker may take ownership of what it is given.
      workerData: { kind, bytes: new Uint8Array(bytes), maxPages: RESUME_MAX_PDF_PAGES },
      env: {},
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: RESUME_PARSER_HEAP_MB },
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      outcome();
      void worker.terminate();
    };
    const deadline = setTimeout(
      () =>
        finish(() =>
          reject(
            resumeError(
              "RESUME_UNREADABLE",
              "Reading this file took too long. Export it again as a simple PDF or .docx and upload that.",
            ),
          ),
        ),
      timeoutMs,
    );
    worker.on("message", (reply: WorkerReply) => {
      if (typeof reply.text === "string") {
        const text = reply.text;
        finish(() => resolve(text));
      } else if (reply.failure === "encrypted") {
        finish(() =>
          reject(
            resumeError("RESUME_ENCRYPTED", "This PDF is password-protected. Remove the password and upload it again."),
          ),
        );
      } else {
        finish(() => reject(unreadable(kind)));
      }
    });
    // A crash or the heap limit (ERR_WORKER_OUT_OF_MEMORY): the file is not one we can read.
    worker.on("error", () => finish(() => reject(unreadable(kind))));
    worker.on("exit", () => finish(() => reject(unreadable(kind))));
  });
}

function unreadable(kind: ParsedKind) {
  return kind === "pdf"
    ? resumeError(
        "RESUME_UNREADABLE",
        "This PDF is damaged and could not be read. Export it again and upload the new file.",
      )
    : resumeError(
        "RESUME_UNREADABLE",
        "This Word file is damaged and could not be read. Save it again or upload a PDF.",
      );
}
