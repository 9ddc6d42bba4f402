// From an uploaded file's bytes to the résumé's text, within the bounds of resume-limits.ts: the real
// type is sniffed from the bytes, the matching parser runs under a deadline, and the text is cleaned
// for storage (no NUL, which PostgreSQL text refuses; whitespace runs shortened) and cut to the length
// kept. The inputs are bounded before any parser sees them (2 MB file, 10 pages, 10 MB of inflated
// XML), and the parsers run in a worker thread that is terminated at the deadline (parse-in-worker.ts).
import { RESUME_LIMITS } from "@interviewer/engine";
import { boundedWordDocument, isWordDocument, readZipDirectory } from "./docx-zip.ts";
import { parseInWorker } from "./parse-in-worker.ts";
import { resumeError } from "./resume-errors.ts";
import { RESUME_MAX_BYTES } from "./resume-limits.ts";
import { DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE, sniffResumeType } from "./sniff-resume-type.ts";

export interface ExtractedResume {
  mediaType: typeof PDF_MEDIA_TYPE | typeof DOCX_MEDIA_TYPE;
  text: string;
}

/** Fewer letters than this and the file has no text layer to speak of (a scan, a picture). */
const MIN_TEXT_CHARS = 40;

export async function extractResumeText(
  bytes: Uint8Array,
  options: { timeoutMs?: number } = {},
): Promise<ExtractedResume> {
  if (bytes.length > RESUME_MAX_BYTES) throw tooLargeError();
  if (bytes.length === 0) throw resumeError("RESUME_UNREADABLE", "The file is empty. Choose your résumé file again.");
  const kind = sniffResumeType(bytes);
  if (kind === "zip" && !isWordDocument(readZipDirectory(bytes))) {
    throw resumeError("RESUME_UNSUPPORTED_TYPE", "This zip file is not a Word document. Upload a PDF or a .docx file.");
  }
  // The DOCX's zip is bounded here (cheap, linear): the worker is given only its bounded XML parts.
  const parsed = kind === "pdf" ? bytes : boundedWordDocument(bytes);
  const text = cleanText(await parseInWorker(kind === "pdf" ? "pdf" : "docx", parsed, options));
  if (countLetters(text) < MIN_TEXT_CHARS) {
    throw resumeError(
      "RESUME_NO_TEXT",
      "We found no text in this file; it may be a scanned image. Upload a PDF or .docx with selectable text.",
    );
  }
  return { mediaType: kind === "pdf" ? PDF_MEDIA_TYPE : DOCX_MEDIA_TYPE, text };
}

export function tooLargeError() {
  return resumeError("RESUME_TOO_LARGE", `Your résumé file must be at most ${RESUME_MAX_BYTES / 1024 / 1024} MB.`, {
    maxBytes: RESUME_MAX_BYTES,
  });
}

/** Without NUL and other control characters but newlines and tabs; blank-line runs shortened; bounded. */
function cleanText(text: string): string {
  let cleaned = "";
  let newlines = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (char === "\n") {
      newlines += 1;
      if (newlines <= 2) cleaned += char;
    } else if (code < 0x20 && char !== "\t") {
      // control characters (NUL included) carry no text
    } else {
      newlines = 0;
      cleaned += char;
    }
    if (cleaned.length >= RESUME_LIMITS.textChars) break;
  }
  return cleaned.trim();
}

function countLetters(text: string): number {
  let letters = 0;
  for (const char of text) if (char.toLowerCase() !== char.toUpperCase() || (char >= "0" && char <= "9")) letters += 1;
  return letters;
}
