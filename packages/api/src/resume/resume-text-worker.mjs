// Runs in a worker thread of its own, one per upload (parse-in-worker.ts starts it): reads the text of
// a PDF (pdf.js through unpdf's serverless build: no eval, no fonts or files fetched) or of the bounded
// Word document docx-zip.ts made (mammoth's raw text). Plain JavaScript because the server loads it as
// a file beside its bundle. It posts one message, { text } or { failure }, and exits; the parent holds
// the deadline and the heap limit, and terminates this thread when either is passed, so a hostile file
// can cost one worker, never the server's event loop.
import { parentPort, workerData } from "node:worker_threads";

const { kind, bytes, maxPages } = workerData;

async function pdfText() {
  const { getDocumentProxy } = await import("unpdf");
  const document = await getDocumentProxy(bytes, {
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  const pages = Math.min(document.numPages, maxPages);
  const texts = [];
  for (let number = 1; number <= pages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    let text = "";
    for (const item of content.items) {
      if (!("str" in item)) continue;
      text += item.str;
      if (item.hasEOL) text += "\n";
      else if (item.str.length > 0 && !item.str.endsWith(" ")) text += " ";
    }
    texts.push(text);
    page.cleanup();
  }
  return texts.join("\n");
}

async function docxText() {
  const { default: mammoth } = await import("mammoth");
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value;
}

try {
  const text = kind === "pdf" ? await pdfText() : await docxText();
  parentPort.postMessage({ text });
} catch (error) {
  // pdf.js names a password-protected file's error; anything else it cannot read is damaged.
  const name = error instanceof Error ? error.name : "";
  parentPort.postMessage({ failure: name === "PasswordException" ? "encrypted" : "unreadable" });
}
