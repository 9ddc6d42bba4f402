// The one seam between the outbox worker and whoever delivers email. A transport sends one rendered
// message and returns the provider's id for it; when it cannot, it throws a MailSendError that says
// whether trying again later could help. The worker owns retries, so transports never retry.

export interface OutgoingMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  /** The same for every attempt at one message, so the provider delivers it at most once. */
  idempotencyKey: string;
}

export interface MailTransport {
  /** "resend", "dev-outbox": shown in logs. */
  name: string;
  send(message: OutgoingMail): Promise<{ providerMessageId: string }>;
}

export class MailSendError extends Error {
  constructor(
    message: string,
    /** True when the same message may succeed later (outage, rate limit); false when it never will. */
    readonly retriable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "MailSendError";
  }
}
