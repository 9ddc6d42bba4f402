// What an uploaded file really is, from its bytes: the name and the declared media type are the
// browser's guess (or the sender's claim) and are never trusted. A PDF starts with "%PDF-"; a DOCX is
// a zip whose directory names word/document.xml (read in docx-zip.ts); an OLE compound file is an old
// .doc or a password-protected Word file, which is said as such.
import type { ResumeMediaType } from "@interviewer/db";
import { resumeError } from "./resume-errors.ts";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const PDF_MEDIA_TYPE = "application/pdf" satisfies ResumeMediaType;
export const DOCX_MEDIA_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document" satisfies ResumeMediaType;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** "pdf" or "zip" (a DOCX candidate), or a typed error saying what the file is not. */
export function sniffResumeType(bytes: Uint8Array): "pdf" | "zip" {
  if (startsWith(bytes, PDF_MAGIC)) return "pdf";
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  if (startsWith(bytes, OLE_MAGIC)) {
    throw resumeError(
      "RESUME_UNSUPPORTED_TYPE",
      "This is an older Word file (.doc) or a password-protected document. Save it as an unprotected .docx or PDF and upload that.",
    );
  }
  throw resumeError("RESUME_UNSUPPORTED_TYPE", "Upload your résumé as a PDF or a Word (.docx) file.");
}
