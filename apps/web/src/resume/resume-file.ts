// The browser's side of an upload: which files the picker offers, the size checked before anything is
// sent (the server checks again), and the file's bytes as the base64 resume.upload takes.

/** The server's limit (packages/api resume/resume-limits.ts RESUME_MAX_BYTES). */
export const RESUME_MAX_BYTES = 2 * 1024 * 1024;

export const RESUME_ACCEPT =
  ".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Why a chosen file will not be sent, or null when it may be. */
export function resumeFileProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return "That file is empty. Choose your résumé file again.";
  if (file.size > RESUME_MAX_BYTES) {
    return `That file is ${(file.size / 1024 / 1024).toFixed(1)} MB; your résumé must be at most 2 MB.`;
  }
  const name = file.name.toLowerCase();
  if (!name.endsWith(".pdf") && !name.endsWith(".docx")) return "Choose a PDF or a Word (.docx) file.";
  return null;
}

/** The file's bytes in base64, in slices so a 2 MB file does not overflow the argument list. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  const slice = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += slice) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + slice));
  }
  return btoa(binary);
}

export function formatFileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
