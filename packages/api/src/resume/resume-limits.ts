// How much of a résumé the server reads: the bounds every step of an upload is held to. The server's
// HTTP body limit for resume.upload (apps/server plugins/large-body-routes.ts) follows from these.

/** The largest file accepted. Résumés are a few hundred kilobytes; 2 MB leaves room for a photo. */
export const RESUME_MAX_BYTES = 2 * 1024 * 1024;
/** The file as base64 in JSON: 4 characters per 3 bytes. */
export const RESUME_MAX_BASE64_CHARS = Math.ceil(RESUME_MAX_BYTES / 3) * 4;
/**
 * The JSON body of one resume.upload call: the base64 file, its name and superjson's envelope. Bodies
 * larger than this are refused by the HTTP server before they are read.
 */
export const RESUME_UPLOAD_BODY_MAX_BYTES = RESUME_MAX_BASE64_CHARS + 64 * 1024;
/** Pages of a PDF that are read; later pages are ignored (a résumé is one to three). */
export const RESUME_MAX_PDF_PAGES = 10;
/** Entries in a DOCX's zip directory (a Word document has a few dozen). */
export const RESUME_MAX_ZIP_ENTRIES = 500;
/** What the XML parts of a DOCX may inflate to, in all: enough for any résumé, far too little for a zip bomb. */
export const RESUME_MAX_INFLATED_BYTES = 10 * 1024 * 1024;
/** Compression ratio beyond which an entry is a bomb, not a document (XML compresses ~5-20×). */
export const RESUME_MAX_COMPRESSION_RATIO = 200;
/** How long text extraction may take before the upload is refused as unreadable. */
export const RESUME_PARSE_TIMEOUT_MS = 10_000;
/** Heap of the worker thread that reads one file; more is not a résumé. */
export const RESUME_PARSER_HEAP_MB = 256;
/** Files read at once per server process; each holds a worker thread and a core while it runs. */
export const RESUME_PARSERS_AT_ONCE = 2;
/** Longest file name kept (shown on the résumé page). */
export const RESUME_FILE_NAME_MAX_CHARS = 200;
