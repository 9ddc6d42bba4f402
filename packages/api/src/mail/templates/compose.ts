// How every email looks. A template describes its message once, as a greeting, paragraphs and
// call-to-action links; composeMail turns that one description into both the plain-text and the HTML
// version, so the two can never say different things. Every value is escaped on its way into HTML,
// and links must be http(s) so a bad URL cannot become a `javascript:` link in someone's inbox.

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A paragraph of plain text, or a link the reader is asked to follow. */
export type MailBlock = string | { action: string; url: string };

export interface MailContent {
  subject: string;
  displayName: string;
  blocks: MailBlock[];
  /** One line under the signature saying why the reader got this email. */
  reason: string;
}

const SIGNATURE = "The Interviewer team";

export function composeMail(content: MailContent): RenderedMail {
  for (const block of content.blocks) {
    if (typeof block !== "string") assertWebUrl(block.url);
  }
  return { subject: content.subject, text: composeText(content), html: composeHtml(content) };
}

function composeText(content: MailContent): string {
  const parts = [`Hi ${content.displayName},`];
  for (const block of content.blocks) {
    parts.push(typeof block === "string" ? block : `${block.action}:\n${block.url}`);
  }
  parts.push(`— ${SIGNATURE}`, content.reason);
  return `${parts.join("\n\n")}\n`;
}

function composeHtml(content: MailContent): string {
  const body = content.blocks.map((block) => {
    if (typeof block === "string") return `<p style="margin:0 0 16px">${escapeHtml(block)}</p>`;
    const href = escapeHtml(block.url);
    // A real link with its purpose as the text (screen readers announce it), and the URL written out
    // for clients that strip buttons or readers who prefer to copy it.
    return [
      `<p style="margin:24px 0"><a href="${href}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(block.action)}</a></p>`,
      `<p style="margin:0 0 16px;font-size:14px;color:#374151">If the button does not work, copy this address into your browser:<br><a href="${href}" style="color:#1d4ed8;word-break:break-all">${href}</a></p>`,
    ].join("\n");
  });
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title>`,
    "</head>",
    '<body style="margin:0;padding:24px;background:#ffffff;color:#111827;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5">',
    '<div style="max-width:560px;margin:0 auto">',
    `<p style="margin:0 0 16px">Hi ${escapeHtml(content.displayName)},</p>`,
    ...body,
    `<p style="margin:24px 0 0">— ${SIGNATURE}</p>`,
    `<p style="margin:24px 0 0;font-size:13px;color:#4b5563">${escapeHtml(content.reason)}</p>`,
    "</div>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Safe both in element text and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

function assertWebUrl(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error(`Mail link is not an absolute URL: ${url}`);
  }
  if (protocol !== "https:" && protocol !== "http:") {
    throw new Error(`Mail links must be http(s), got ${protocol}`);
  }
}

/** "1 hour", "24 hours": numbers in sentences read naturally. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
