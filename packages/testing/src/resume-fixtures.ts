// Résumé files made in the test setup, never checked in: a real-looking PDF (pdf-lib) and DOCX (a
// zip of WordprocessingML written with fflate), and the hostile ones an upload must refuse — a
// damaged PDF, a password-protected PDF, zip bombs (one that declares its huge size, one that lies
// about it), a scanned-looking PDF without text, and a file far over the size limit.
import { randomBytes } from "node:crypto";
import { crc32, createDeflateRaw } from "node:zlib";
import { deflateSync, zipSync } from "fflate";
import { PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts } from "pdf-lib";

/** The résumé the fixtures contain, as lines of text. */
export const SAMPLE_RESUME_LINES = [
  "Jane Doe",
  "Backend engineer - jane@example.com",
  "Experience",
  "Senior Backend Engineer at Acme Payments (2019 - Present)",
  "- Led the move from a monolith to Go services on Kubernetes",
  "Software Engineer at Globex (2015 - 2019)",
  "- Built order processing in Python and PostgreSQL",
  "Projects",
  "Ledger Service: double-entry ledger in Go and PostgreSQL handling 2M transactions a day",
  "Rate Limiter: token bucket limiter in Redis used by every public API",
  "Skills",
  "Go, Python, PostgreSQL, Redis, Kafka, Kubernetes",
  "Education",
  "BSc Computer Science, 2011 - 2015",
];

/** A one-page PDF with the lines as selectable text. */
export async function resumePdf(lines: readonly string[] = SAMPLE_RESUME_LINES): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  let y = 800;
  for (const line of lines) {
    page.drawText(line, { x: 50, y, size: 11, font });
    y -= 18;
  }
  return document.save();
}

/** A PDF with a page and no text at all, like a scanned image. */
export async function textlessPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  return document.save();
}

/**
 * A PDF that needs a password to open: a standard security handler whose user-password check fails
 * for the empty password, which is what pdf.js tries first.
 */
export async function encryptedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage();
  const encrypt = document.context.obj({
    Filter: PDFName.of("Standard"),
    V: 2,
    R: 3,
    Length: 128,
    P: -4,
    O: PDFHexString.of(randomBytes(32).toString("hex")),
    U: PDFHexString.of(randomBytes(32).toString("hex")),
  });
  document.context.trailerInfo.Encrypt = document.context.register(encrypt);
  document.context.trailerInfo.ID = document.context.obj([
    PDFString.of("0123456789abcdef"),
    PDFString.of("0123456789abcdef"),
  ]);
  return document.save({ useObjectStreams: false });
}

/** Starts like a PDF, then nothing a PDF parser can use. */
export function corruptPdf(): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(4096)]));
}

/** `bytes` bytes of a file that claims to be a PDF (the 50 MB upload). */
export function hugeFile(bytes: number): Uint8Array {
  const file = new Uint8Array(bytes);
  file.set(Buffer.from("%PDF-1.7\n"));
  return file;
}

function xmlEscape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function documentXml(paragraphs: readonly string[]): string {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join("")}</w:body></w:document>`;
}

/** A minimal, valid Word document with one paragraph per line. */
export function resumeDocx(lines: readonly string[] = SAMPLE_RESUME_LINES): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  return zipSync({
    "[Content_Types].xml": encode(CONTENT_TYPES),
    "_rels/.rels": encode(PACKAGE_RELS),
    "word/document.xml": encode(documentXml(lines)),
  });
}

interface RawZipEntry {
  name: string;
  /** Deflated bytes. */
  data: Uint8Array;
  /** What the directory says the entry inflates to (a bomb may lie). */
  declaredSize: number;
  crc: number;
}

/** A zip written by hand, so the sizes its directory declares can be chosen. */
function rawZip(entries: readonly RawZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.data));
    directory.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}

/** `megabytes` MB of spaces, deflated as a stream (never held inflated in memory). */
async function deflatedSpaces(megabytes: number): Promise<{ data: Uint8Array; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const deflater = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflater.on("data", (part: Buffer) => parts.push(part));
  const done = new Promise<void>((resolve, reject) => {
    deflater.on("end", resolve);
    deflater.on("error", reject);
  });
  let crc = 0;
  for (let index = 0; index < megabytes; index += 1) {
    crc = crc32(chunk, crc);
    if (!deflater.write(chunk)) await new Promise((resolve) => deflater.once("drain", resolve));
  }
  deflater.end();
  await done;
  return { data: new Uint8Array(Buffer.concat(parts)), crc };
}

/**
 * A tiny .docx whose word/document.xml inflates to `megabytes` MB. `declared: "honest"` says so in the
 * zip's directory; `"lying"` declares 1 KB, so only a bounded inflater notices.
 */
export async function zipBombDocx(megabytes = 300, declared: "honest" | "lying" = "honest"): Promise<Uint8Array> {
  const bomb = await deflatedSpaces(megabytes);
  const small = (text: string) => {
    const bytes = Buffer.from(text);
    return { data: deflateSync(bytes), declaredSize: bytes.length, crc: crc32(bytes) };
  };
  return rawZip([
    { name: "[Content_Types].xml", ...small(CONTENT_TYPES) },
    { name: "_rels/.rels", ...small(PACKAGE_RELS) },
    {
      name: "word/document.xml",
      data: bomb.data,
      crc: bomb.crc,
      declaredSize: declared === "honest" ? Math.min(megabytes * 1024 * 1024, 0xfffffffe) : 1024,
    },
  ]);
}

/** A file's bytes as the base64 resume.upload takes. */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}
