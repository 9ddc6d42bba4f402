// The dev outbox: every email the app wrote to the outbox, readable in the browser, so sign-up and
// password reset work end to end on a laptop with no email provider. GET /dev/mail lists messages,
// /dev/mail/:id shows one (HTML and text), /dev/mail.json is the list for scripts and tests.
// server.ts mounts this only when config.devToolsEnabled; in production these paths are 404s.
import { type Database, schema } from "@interviewer/db";
import { desc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { devToolsPage, escapeHtml } from "./dev-tools-page.ts";

export interface DevMailOptions {
  db: Database;
}

const { mailOutbox } = schema;
const LIST_LIMIT = 200;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function devMailRoutes(app: FastifyInstance, options: DevMailOptions): Promise<void> {
  const { db } = options;
  const listMessages = () => db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(LIST_LIMIT);

  app.get("/dev/mail.json", async () => {
    const rows = await listMessages();
    return {
      messages: rows.map((row) => ({
        id: row.id,
        to: row.toAddress,
        subject: row.subject,
        template: row.template,
        status: row.status,
        attempts: row.attempts,
        lastError: row.lastError,
        createdAt: row.createdAt.toISOString(),
        sentAt: row.sentAt?.toISOString() ?? null,
        text: row.textBody,
        // The links a script usually wants (verify, reset), without parsing the text itself.
        links: linksIn(row.textBody),
      })),
    };
  });

  app.get("/dev/mail", async (_request, reply) => {
    const rows = await listMessages();
    const body =
      rows.length === 0
        ? "<p>No email yet. Anything the app sends (sign-up, password reset, billing) shows up here.</p>"
        : [
            "<table>",
            '<thead><tr><th scope="col">Created</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Template</th><th scope="col">Status</th></tr></thead>',
            "<tbody>",
            ...rows.map(
              (row) =>
                `<tr><td><time datetime="${row.createdAt.toISOString()}">${formatTime(row.createdAt)}</time></td><td>${escapeHtml(row.toAddress)}</td><td><a href="/dev/mail/${row.id}">${escapeHtml(row.subject)}</a></td><td>${escapeHtml(row.template)}</td><td>${escapeHtml(row.status)}</td></tr>`,
            ),
            "</tbody>",
            "</table>",
          ].join("\n");
    return reply
      .type("text/html; charset=utf-8")
      .send(devToolsPage("Dev mail outbox", `<h1>Dev mail outbox</h1>\n${body}`));
  });

  app.get<{ Params: { id: string } }>("/dev/mail/:id", async (request, reply) => {
    const id = request.params.id;
    const [row] = UUID_PATTERN.test(id) ? await db.select().from(mailOutbox).where(eq(mailOutbox.id, id)) : [];
    if (!row) {
      return reply
        .code(404)
        .type("text/html; charset=utf-8")
        .send(devToolsPage("Not found", "<p>No such message.</p>"));
    }
    const links = linksIn(row.textBody);
    const body = [
      '<p><a href="/dev/mail">← All messages</a></p>',
      `<h1>${escapeHtml(row.subject)}</h1>`,
      "<dl>",
      `<dt>To</dt><dd>${escapeHtml(row.toAddress)}</dd>`,
      `<dt>Template</dt><dd>${escapeHtml(row.template)}</dd>`,
      `<dt>Status</dt><dd>${escapeHtml(row.status)} (attempts: ${row.attempts})${row.lastError ? ` — ${escapeHtml(row.lastError)}` : ""}</dd>`,
      `<dt>Created</dt><dd>${formatTime(row.createdAt)}</dd>`,
      "</dl>",
      links.length > 0
        ? `<h2>Links</h2>\n<ul>${links.map((link) => `<li><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></li>`).join("")}</ul>`
        : "",
      "<h2>HTML version</h2>",
      // Sandboxed with no permissions: the message's HTML is shown, never run, and cannot reach this page.
      `<iframe title="HTML version of the message" sandbox srcdoc="${escapeHtml(row.htmlBody)}"></iframe>`,
      "<h2>Text version</h2>",
      `<pre>${escapeHtml(row.textBody)}</pre>`,
    ].join("\n");
    return reply.type("text/html; charset=utf-8").send(devToolsPage(row.subject, body));
  });
}

function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"]+/g) ?? [])];
}

function formatTime(date: Date): string {
  return date
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d+Z$/, " UTC");
}
