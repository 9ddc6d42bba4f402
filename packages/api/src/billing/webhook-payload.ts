// The parts of Lemon Squeezy's webhook bodies we read, validated with zod. Field paths follow real
// payloads (see ../shared/fixtures/lemonsqueezy): ids are numbers in attributes and strings in
// `data.id`, custom_data values come back as strings, and everything else is passed through untouched.
import { z } from "zod";
import type { SubscriptionSnapshot } from "./billing-adapter.ts";

const id = z.union([z.string(), z.number()]).transform((value) => String(value));
const date = z
  .string()
  .nullish()
  .transform((value) => (value ? new Date(value) : null));

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
  status: z.string(),
  renews_at: date,
  ends_at: date,
  created_at: z.string().transform((value) => new Date(value)),
  updated_at: z.string().transform((value) => new Date(value)),
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
  billing_reason: z.string().nullish(),
  created_at: z.string().transform((value) => new Date(value)),
  user_email: z.string().nullish(),
  // Not in every invoice payload; when present it names the tier the invoice paid for.
  variant_id: id.nullish(),
});

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
  created_at: z.string().transform((value) => new Date(value)),
  user_email: z.string().nullish(),
  first_order_item: z.object({ variant_id: id }).nullish(),
  test_mode: z.boolean().optional(),
});

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

/** meta.test_mode, or the resource's own test_mode for payloads without it (older order events). */
export function webhookTestMode(event: LemonSqueezyWebhook): boolean {
  if (typeof event.meta.test_mode === "boolean") return event.meta.test_mode;
  return event.data.attributes.test_mode === true;
}

/** custom_data.user_id as a user id, if it looks like one (values arrive as strings). */
export function customUserId(event: LemonSqueezyWebhook): string | null {
  const value = event.meta.custom_data?.user_id;
  const text = typeof value === "string" || typeof value === "number" ? String(value) : null;
  return text && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text) ? text : null;
}
