// A DOCX's zip, read without trusting it. The central directory is parsed by hand (a few fixed-size
// records) and a file is refused before anything is inflated when an entry or the total declares more
// than RESUME_MAX_INFLATED_BYTES, or compresses absurdly well: a zip bomb is refused unopened. The
// declared sizes may lie, so the XML parts are then inflated with a streaming inflater that stops at
// the same bound, and mammoth is given a new zip of exactly those bounded parts (images and other
// binary parts are left out: raw text does not need them).
import { Inflate, zipSync } from "fflate";
import { DomainError } from "../errors.ts";
import { resumeError } from "./resume-errors.ts";
import { RESUME_MAX_COMPRESSION_RATIO, RESUME_MAX_INFLATED_BYTES, RESUME_MAX_ZIP_ENTRIES } from "./resume-limits.ts";

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** The end-of-directory record is 22 bytes plus a comment of at most 65,535. */
const END_RECORD_SEARCH = 22 + 0xffff;
// Small input chunks: one deflate byte can inflate to ~1 KB, so the bound is overshot by at most ~1 MB.
const INFLATE_CHUNK = 1024;

function unreadable(): Error {
  return resumeError(
    "RESUME_UNREADABLE",
    "This Word file is damaged and could not be read. Save it again or upload a PDF.",
  );
}

function tooLarge(): Error {
  return resumeError(
    "RESUME_TOO_LARGE",
    "This Word file unpacks to far more than any résumé. Save it again without embedded content, or upload a PDF.",
  );
}

/** The zip's directory; typed errors for a damaged zip, a zip bomb or an encrypted entry. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_RECORD_SEARCH); at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw unreadable();
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64: far beyond any résumé.
  if (count === 0xffff || directoryOffset === 0xffffffff) throw tooLarge();
  if (count > RESUME_MAX_ZIP_ENTRIES) throw tooLarge();

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  let declaredTotal = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw unreadable();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw unreadable();
    const entry: ZipEntry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.flags & 0x1) {
      throw resumeError(
        "RESUME_ENCRYPTED",
        "This Word file is password-protected. Remove the password and upload it again.",
      );
    }
    if (entry.declaredSize === 0xffffffff || entry.compressedSize === 0xffffffff) throw tooLarge();
    declaredTotal += entry.declaredSize;
    const ratio = entry.declaredSize / Math.max(1, entry.compressedSize);
    if (
      entry.declaredSize > RESUME_MAX_INFLATED_BYTES ||
      (entry.declaredSize > 1024 * 1024 && ratio > RESUME_MAX_COMPRESSION_RATIO)
    ) {
      throw tooLarge();
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (declaredTotal > RESUME_MAX_INFLATED_BYTES * 4) throw tooLarge();
  return entries;
}

/** Whether a directory is a Word document's (and not any other zip). */
export function isWordDocument(entries: readonly ZipEntry[]): boolean {
  return entries.some((entry) => entry.name === "word/document.xml");
}

/** An entry's bytes, inflated at most up to `budget` bytes (more: a bomb that lied about its size). */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) throw unreadable();
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw unreadable();
  if (entry.method === STORED) {
    if (data.length > budget) throw tooLarge();
    return data;
  }
  if (entry.method !== DEFLATED) throw unreadable();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > budget) throw tooLarge();
    chunks.push(chunk);
  });
  try {
    for (let offset = 0; offset < data.length; offset += INFLATE_CHUNK) {
      inflater.push(data.subarray(offset, offset + INFLATE_CHUNK), offset + INFLATE_CHUNK >= data.length);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadable();
  }
  const out = new Uint8Array(size);
  let written = 0;
  for (const chunk of chunks) {
    out.set(chunk, written);
    written += chunk.length;
  }
  return out;
}

/**
 * A new, uncompressed zip of the document's XML parts, each inflated within the shared budget: what
 * mammoth reads. Typed errors for anything that is not a readable, reasonably sized Word document.
 */
export function boundedWordDocument(bytes: Uint8Array): Uint8Array {
  const entries = readZipDirectory(bytes);
  if (!isWordDocument(entries)) {
    throw resumeError("RESUME_UNSUPPORTED_TYPE", "This zip file is not a Word document. Upload a PDF or a .docx file.");
  }
  const parts: Record<string, Uint8Array> = {};
  let budget = RESUME_MAX_INFLATED_BYTES;
  for (const entry of entries) {
    if (!(entry.name.endsWith(".xml") || entry.name.endsWith(".rels"))) continue;
    const inflated = inflateEntry(bytes, entry, budget);
    budget -= inflated.length;
    parts[entry.name] = inflated;
  }
  return zipSync(parts, { level: 0 });
}
