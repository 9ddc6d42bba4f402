// The transport when no email provider is configured (development, tests). Nothing leaves the machine:
// "sending" writes the message's first link to the server log, so a developer can click the
// verification link straight from the terminal; the whole message stays readable at /dev/mail.
import type { Logger } from "../shared/logger.ts";
import type { MailTransport, OutgoingMail } from "./transport.ts";

export interface DevOutboxTransportOptions {
  logger: Logger;
  /** Where the dev outbox page is, e.g. http://localhost:3000/dev/mail; named in the log line. */
  outboxUrl?: string;
  /**
   * Whether the log line carries the message's first link. Never in production: links hold
   * verification and reset tokens, and logs are read by more people than the mailbox's owner.
   */
  logLinks: boolean;
}

export function createDevOutboxTransport(options: DevOutboxTransportOptions): MailTransport {
  return {
    name: "dev-outbox",
    async send(message: OutgoingMail) {
      const link = options.logLinks ? firstLink(message.text) : undefined;
      options.logger.info(
        { to: message.to, subject: message.subject, link, outbox: options.outboxUrl },
        link
          ? `dev outbox: "${message.subject}" for ${message.to} — open ${link}`
          : `dev outbox: "${message.subject}" for ${message.to}`,
      );
      return { providerMessageId: `dev-outbox-${message.idempotencyKey}` };
    },
  };
}

/** The first http(s) URL in a plain-text email, or undefined. */
export function firstLink(text: string): string | undefined {
  return text.match(/https?:\/\/[^\s<>"]+/)?.[0];
}
