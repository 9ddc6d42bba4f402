// The plain HTML shell of the dev tools pages (/dev/mail, /dev/billing). Never mounted in production.
import { escapeHtml } from "@interviewer/api";

const STYLE =
  "body{font-family:system-ui,sans-serif;margin:2rem;color:#111827}table{border-collapse:collapse;width:100%}" +
  "th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #e5e7eb;vertical-align:top}" +
  "iframe{width:100%;height:32rem;border:1px solid #d1d5db}pre{white-space:pre-wrap;background:#f3f4f6;padding:1rem}" +
  "form{display:inline}button{margin:.1rem}dt{font-weight:600}dd{margin:0 0 .5rem}";

/** `body` is trusted HTML built by the caller, with every interpolated value escaped. */
export function devToolsPage(title: string, body: string): string {
  return [
    "<!doctype html>",
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} — Interviewer dev tools</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    `<body>\n<main>\n${body}\n</main>\n</body>`,
    "</html>",
    "",
  ].join("\n");
}

export { escapeHtml };
