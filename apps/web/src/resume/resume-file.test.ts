import { describe, expect, it } from "vitest";
import { fileToBase64, formatFileSize, RESUME_MAX_BYTES, resumeFileProblem } from "./resume-file.ts";

describe("choosing a résumé file", () => {
  it("accepts PDF and DOCX files up to 2 MB and says why it refuses others", () => {
    expect(resumeFileProblem({ name: "Jane.PDF", size: 1000 })).toBeNull();
    expect(resumeFileProblem({ name: "jane.docx", size: RESUME_MAX_BYTES })).toBeNull();
    expect(resumeFileProblem({ name: "jane.pdf", size: RESUME_MAX_BYTES + 1 })).toContain("at most 2 MB");
    expect(resumeFileProblem({ name: "jane.doc", size: 10 })).toContain("PDF or a Word");
    expect(resumeFileProblem({ name: "jane.pdf", size: 0 })).toContain("empty");
  });

  it("encodes a file as base64, larger than one slice too", async () => {
    const bytes = new Uint8Array(70_000).map((_, index) => index % 256);
    const encoded = await fileToBase64(new Blob([bytes]));
    expect(Buffer.from(encoded, "base64").equals(Buffer.from(bytes))).toBe(true);
    expect(formatFileSize(2048)).toBe("2 KB");
    expect(formatFileSize(1.5 * 1024 * 1024)).toBe("1.5 MB");
  });
});
