// Résumé files are read in a worker thread, not on the event loop: a file that parses slowly is cut
// off at the deadline by terminating its thread, and only RESUME_PARSERS_AT_ONCE files are read at
// once per process (the next upload is told to try again). The real parsers and real files, made here.
import { resumeDocx, resumePdf, SAMPLE_RESUME_LINES } from "@interviewer/testing/resume-fixtures";
import { describe, expect, it } from "vitest";
import { DomainError } from "../src/errors.ts";
import { extractResumeText } from "../src/resume/extract-resume-text.ts";
import { RESUME_PARSERS_AT_ONCE } from "../src/resume/resume-limits.ts";

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof DomainError ? error.reason : `not a domain error: ${String(error)}`;
}

describe("reading a résumé in a worker thread", () => {
  it("reads a PDF's and a DOCX's text", async () => {
    const pdf = await extractResumeText(await resumePdf());
    expect(pdf.mediaType).toBe("application/pdf");
    expect(pdf.text).toContain(SAMPLE_RESUME_LINES[0]);
    const docx = await extractResumeText(resumeDocx());
    expect(docx.text).toContain(SAMPLE_RESUME_LINES[0]);
  });

  it("a parse still running at the deadline is cut off and the upload refused as unreadable", async () => {
    // Starting a thread and loading pdf.js alone takes far longer than a millisecond.
    expect(await reasonOf(extractResumeText(await resumePdf(), { timeoutMs: 1 }))).toBe("RESUME_UNREADABLE");
    // The thread was terminated, not left running: a normal parse right after still has its slot.
    expect((await extractResumeText(await resumePdf())).text).toContain(SAMPLE_RESUME_LINES[0]);
  });

  it(`reads at most ${RESUME_PARSERS_AT_ONCE} files at once; the next is told to try again`, async () => {
    const file = await resumePdf();
    const running = Array.from({ length: RESUME_PARSERS_AT_ONCE }, () => extractResumeText(file));
    expect(await reasonOf(extractResumeText(file))).toBe("RESUME_BUSY");
    for (const parse of await Promise.all(running)) expect(parse.text).toContain(SAMPLE_RESUME_LINES[0]);
    expect((await extractResumeText(file)).text).toContain(SAMPLE_RESUME_LINES[0]);
  });
});
