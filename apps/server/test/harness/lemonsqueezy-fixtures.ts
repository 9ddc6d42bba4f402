// The real-shaped Lemon Squeezy payloads in ../shared/fixtures/lemonsqueezy (beside the repository, as
// CI clones it), adapted per test (user ids, variant ids, dates), signed the way Lemon Squeezy signs,
// and POSTed to the server's webhook route.
import { readFileSync } from "node:fs";
import path from "node:path";
import { signLemonSqueezyPayload } from "@interviewer/api";

const repoRoot = path.resolve(import.meta.dirname, "../../../..");
export const fixturesDir = path.resolve(repoRoot, "../shared/fixtures/lemonsqueezy");

export const TEST_WEBHOOK_SECRET = "whsec-test-secret-for-interviewer";
/** Variant ids taken from the fixtures, so unmodified payloads already map to our plans. */
export const TEST_VARIANTS = { individual: "1", pro: "972634", premium: "1090954" };

export const billingTestEnv = {
  LEMONSQUEEZY_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
  LEMONSQUEEZY_VARIANT_INDIVIDUAL: TEST_VARIANTS.individual,
  LEMONSQUEEZY_VARIANT_PRO: TEST_VARIANTS.pro,
  LEMONSQUEEZY_VARIANT_PREMIUM: TEST_VARIANTS.premium,
};

// biome-ignore lint/suspicious/noExplicitAny: fixtures are edited freely by tests
export type Payload = any;

export function loadFixture(name: string): Payload {
  return JSON.parse(readFileSync(path.join(fixturesDir, name), "utf8"));
}

export async function postWebhook(
  baseUrl: string,
  body: string | Payload,
  options: { secret?: string; signature?: string | null } = {},
): Promise<Response> {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  const headers: Record<string, string> = { "content-type": "application/json" };
  const signature =
    options.signature === undefined
      ? signLemonSqueezyPayload(raw, options.secret ?? TEST_WEBHOOK_SECRET)
      : options.signature;
  if (signature !== null) headers["x-signature"] = signature;
  try {
    headers["x-event-name"] = JSON.parse(raw).meta.event_name;
  } catch {
    // unparseable on purpose
  }
  return fetch(`${baseUrl}/webhooks/lemonsqueezy`, { method: "POST", headers, body: raw });
}
