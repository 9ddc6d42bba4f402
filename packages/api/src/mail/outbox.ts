// Putting an email in the outbox. Callers pass the transaction that makes the change the email is
// about, so the row commits (and the email is sent) if and only if that change does; a rolled-back
// sign-up never sends its verification email. Sending happens later in the worker, so a slow or
// broken provider never fails or slows the request.
import { randomUUID } from "node:crypto";
import { type DatabaseOrTransaction, schema } from "@interviewer/db";
import type { Clock } from "../shared/clock.ts";
import { type MailTemplateData, type MailTemplateName, renderMail } from "./templates/index.ts";

export async function enqueueMail<T extends MailTemplateName>(
  db: DatabaseOrTransaction,
  clock: Clock,
  to: string,
  template: T,
  data: MailTemplateData[T],
): Promise<{ id: string }> {
  // Rendered now, not at send time: the message says what was true when the change happened.
  const mail = renderMail(template, data);
  const now = clock.now();
  const [row] = await db
    .insert(schema.mailOutbox)
    .values({
      template,
      toAddress: to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html,
      // One key per message, kept across attempts: the provider's dedupe handle for retries.
      idempotencyKey: randomUUID(),
      status: "pending",
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    })
    .returning({ id: schema.mailOutbox.id });
  if (!row) throw new Error("Inserting into the mail outbox returned no row");
  return { id: row.id };
}
