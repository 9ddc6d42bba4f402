// Delivers through Resend with the official SDK. The base URL and the key come in as arguments: the
// SDK would otherwise fall back to process.env (RESEND_BASE_URL, RESEND_API_KEY) when its constructor
// runs, and config.ts is the one reader of the environment — tests point baseUrl at a fake Resend.
// The SDK returns { data, error } instead of throwing; this maps errors to MailSendError.
import { type ErrorResponse, Resend } from "resend";
import { MailSendError, type MailTransport, type OutgoingMail } from "./transport.ts";

export const RESEND_DEFAULT_BASE_URL = "https://api.resend.com";

export interface ResendTransportOptions {
  apiKey: string;
  /** Undefined: Resend's public API. */
  baseUrl?: string;
  /** A hung request must end well before the worker's lease on the message runs out. */
  timeoutMs?: number;
}

// Errors that will fail the same way on every attempt: the message or request itself is wrong.
// Authentication errors are deliberately not here: a bad key is fixed by the operator, and the
// queued mail should still go out once it is.
const PERMANENT_ERRORS = new Set<string>([
  "validation_error",
  "missing_required_field",
  "invalid_from_address",
  "invalid_parameter",
  "invalid_attachment",
  "invalid_idempotency_key",
  "invalid_idempotent_request",
  "invalid_region",
  "not_found",
  "method_not_allowed",
]);

export function createResendTransport(options: ResendTransportOptions): MailTransport {
  // An empty key would make the SDK read RESEND_API_KEY from the environment behind our back.
  if (!options.apiKey) throw new Error("The Resend transport needs an API key");
  const resend = new Resend(options.apiKey, { baseUrl: options.baseUrl ?? RESEND_DEFAULT_BASE_URL });
  const timeoutMs = options.timeoutMs ?? 20_000;

  return {
    name: "resend",
    async send(message: OutgoingMail) {
      const { data, error } = await resend.emails.send(
        { from: message.from, to: message.to, subject: message.subject, text: message.text, html: message.html },
        // Resend keeps an idempotency key for 24 hours: a retry inside that window (the worker gives
        // up well before) returns the first attempt's id instead of sending again.
        { idempotencyKey: message.idempotencyKey, signal: AbortSignal.timeout(timeoutMs) },
      );
      if (error) throw toMailSendError(error);
      if (!data?.id) throw new MailSendError("Resend accepted the message but returned no id", true);
      return { providerMessageId: data.id };
    },
  };
}

function toMailSendError(error: ErrorResponse): MailSendError {
  const status = typeof error.statusCode === "number" ? error.statusCode : undefined;
  const retriable = PERMANENT_ERRORS.has(error.name)
    ? false
    : // No status: the request never got an answer (network, timeout) — try again.
      status === undefined || status >= 500 || status === 429 || status === 401 || status === 403 || status === 409;
  const described = status === undefined ? error.name : `${status} ${error.name}`;
  return new MailSendError(`Resend: ${described}: ${error.message}`, retriable);
}
