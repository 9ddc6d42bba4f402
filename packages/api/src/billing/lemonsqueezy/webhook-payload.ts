// The parts of Lemon Squeezy's webhook bodies we read, validated with zod. Field paths follow real
// payloads (the Lemon Squeezy fixtures of the server's test harness): ids are numbers in attributes and strings in
// `data.id`, custom_data values come back as strings, and everything else is passed through untouched.
// A delivery is read whole before anything is stored: the envelope, then the attributes its event
// promises, so a body that is not what it says is refused with a 400 that names the field.
import { INVOICE_BILLING_REASONS, SUBSCRIPTION_STATUSES } from "@interviewer/db";
import { z } from "zod";
import type { SubscriptionSnapshot } from "../billing-adapter.ts";

const id = z.union([z.string(), z.number()]).transform((value) => String(value));

// Lemon Squeezy writes "2021-08-11T13:47:27.000000Z". Every piece has a fixed or bounded width, so
// the match is linear in the input whatever it holds; the calendar check then refuses what Date
// would silently roll over (Feb 30 -> Mar 2) or turn into an Invalid Date.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})$/;
const ISO_DATE_TIME_MESSAGE = "expected an ISO 8601 date-time such as 2030-01-01T00:00:00.000000Z";

/** The instant an ISO 8601 date-time with a zone names, or null if it names none. */
export function parseIsoDateTime(text: string): Date | null {
  if (text.length > 64) return null;
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) {
    return null;
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

const isoDateTime = z.codec(
  z.string({ error: ISO_DATE_TIME_MESSAGE }).refine((text) => parseIsoDateTime(text) !== null, ISO_DATE_TIME_MESSAGE),
  z.date(),
  {
    decode: (text) => parseIsoDateTime(text) as Date,
    encode: (date) => date.toISOString(),
  },
);
const optionalIsoDateTime = isoDateTime.nullish().transform((value) => value ?? null);

export const ZLemonSqueezyWebhookSchema = z.object({
  meta: z.object({
    event_name: z.string().min(1),
    webhook_id: z.string().min(1).optional(),
    test_mode: z.boolean().optional(),
    custom_data: z.record(z.string(), z.unknown()).nullish(),
  }),
  data: z.object({
    type: z.string(),
    id,
    attributes: z.record(z.string(), z.unknown()),
  }),
});

export type LemonSqueezyWebhook = z.infer<typeof ZLemonSqueezyWebhookSchema>;

const ZSubscriptionAttributes = z.object({
  customer_id: id.nullish(),
  order_id: id.nullish(),
  variant_id: id,
  status: z.enum(SUBSCRIPTION_STATUSES),
  renews_at: optionalIsoDateTime,
  ends_at: optionalIsoDateTime,
  created_at: isoDateTime,
  updated_at: isoDateTime,
  user_email: z.string().nullish(),
});

export function subscriptionSnapshotFrom(data: {
  id: string;
  attributes: Record<string, unknown>;
}): SubscriptionSnapshot {
  const a = ZSubscriptionAttributes.parse(data.attributes);
  return {
    subscriptionId: data.id,
    customerId: a.customer_id ?? null,
    orderId: a.order_id ?? null,
    variantId: a.variant_id,
    status: a.status,
    renewsAt: a.renews_at,
    endsAt: a.ends_at,
    createdAt: a.created_at,
    updatedAt: a.updated_at,
    userEmail: a.user_email ?? null,
  };
}

const ZInvoiceAttributes = z.object({
  subscription_id: id,
  customer_id: id.nullish(),
  billing_reason: z.enum(INVOICE_BILLING_REASONS).nullish(),
  created_at: isoDateTime,
  user_email: z.string().nullish(),
  // Not in every invoice payload; when present it names the tier the invoice paid for.
  variant_id: id.nullish(),
});

export type SubscriptionInvoice = ReturnType<typeof invoiceFrom>;

export function invoiceFrom(data: { id: string; attributes: Record<string, unknown> }) {
  const a = ZInvoiceAttributes.parse(data.attributes);
  return {
    invoiceId: data.id,
    subscriptionId: a.subscription_id,
    customerId: a.customer_id ?? null,
    billingReason: a.billing_reason ?? null,
    createdAt: a.created_at,
    userEmail: a.user_email ?? null,
    variantId: a.variant_id ?? null,
  };
}

const ZOrderAttributes = z.object({
  customer_id: id.nullish(),
  created_at: isoDateTime,
  user_email: z.string().nullish(),
  first_order_item: z.object({ variant_id: id }).nullish(),
  test_mode: z.boolean().optional(),
});

export type Order = ReturnType<typeof orderFrom>;

export function orderFrom(data: { id: string; attributes: Record<string, unknown> }) {
  const a = ZOrderAttributes.parse(data.attributes);
  return {
    orderId: data.id,
    customerId: a.customer_id ?? null,
    createdAt: a.created_at,
    userEmail: a.user_email ?? null,
    variantId: a.first_order_item?.variant_id ?? null,
  };
}

export const SUBSCRIPTION_EVENTS = new Set([
  "subscription_created",
  "subscription_updated",
  "subscription_cancelled",
  "subscription_resumed",
  "subscription_expired",
  "subscription_paused",
  "subscription_unpaused",
]);
const INVOICE_EVENTS = new Set([
  "subscription_payment_success",
  "subscription_payment_failed",
  "subscription_payment_recovered",
  "subscription_payment_refunded",
]);
const ORDER_EVENTS = new Set(["order_created", "order_refunded"]);

/** What an event is about, read from its attributes; "other" for events we do not act on. */
export type WebhookResource =
  | { kind: "subscription"; snapshot: SubscriptionSnapshot }
  | { kind: "invoice"; invoice: SubscriptionInvoice }
  | { kind: "order"; order: Order }
  | { kind: "other" };

export type ReadWebhookResult =
  | { ok: true; event: LemonSqueezyWebhook; resource: WebhookResource }
  | { ok: false; message: string };

/**
 * Reads a signed delivery's body: JSON, the envelope, then the attributes its event name promises.
 * Never throws; a refusal carries a message that names the first offending field (never its value).
 */
export function readLemonSqueezyWebhook(rawBody: Buffer): ReadWebhookResult {
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString("utf8"));
  } catch {
    return { ok: false, message: "The body is not valid JSON." };
  }
  const envelope = ZLemonSqueezyWebhookSchema.safeParse(json);
  if (!envelope.success) {
    return { ok: false, message: `Not a Lemon Squeezy webhook event: ${firstIssue(envelope.error, [])}` };
  }
  const event = envelope.data;
  const name = event.meta.event_name;
  try {
    return { ok: true, event, resource: webhookResourceFrom(name, event.data) };
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    return {
      ok: false,
      message: `The ${name} event has an unexpected shape: ${firstIssue(error, ["data", "attributes"])}`,
    };
  }
}

function webhookResourceFrom(
  eventName: string,
  data: { id: string; attributes: Record<string, unknown> },
): WebhookResource {
  if (SUBSCRIPTION_EVENTS.has(eventName)) return { kind: "subscription", snapshot: subscriptionSnapshotFrom(data) };
  if (INVOICE_EVENTS.has(eventName)) return { kind: "invoice", invoice: invoiceFrom(data) };
  if (ORDER_EVENTS.has(eventName)) return { kind: "order", order: orderFrom(data) };
  return { kind: "other" };
}

function firstIssue(error: z.ZodError, prefix: PropertyKey[]): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  const path = [...prefix, ...issue.path].map(String).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** meta.test_mode, or the resource's own test_mode for payloads without it (older order events). */
export function webhookTestMode(event: LemonSqueezyWebhook): boolean {
  if (typeof event.meta.test_mode === "boolean") return event.meta.test_mode;
  return event.data.attributes.test_mode === true;
}

// Fixed-width, anchored: linear whatever the input.
const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** custom_data.user_id as a user id, if it looks like one (values arrive as strings). */
export function customUserId(event: LemonSqueezyWebhook): string | null {
  const value = event.meta.custom_data?.user_id;
  const text = typeof value === "string" || typeof value === "number" ? String(value) : null;
  return text && USER_ID.test(text) ? text : null;
}
