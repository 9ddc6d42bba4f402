// Lemon Squeezy signs each webhook: X-Signature is the lowercase hex HMAC-SHA256 of the raw body,
// keyed with the webhook signing secret. Compared in constant time over the raw bytes, before the
// body is parsed at all.
import { createHmac, timingSafeEqual } from "node:crypto";

export function signLemonSqueezyPayload(rawBody: Buffer | string, secret: string): string {
  return createHmac("sha256", secret).update(rawBody).digest("hex");
}

export function verifyLemonSqueezySignature(rawBody: Buffer, signature: string | undefined, secret: string): boolean {
  if (!signature || !/^[0-9a-fA-F]+$/.test(signature)) return false;
  const expected = Buffer.from(signLemonSqueezyPayload(rawBody, secret), "hex");
  const given = Buffer.from(signature, "hex");
  // timingSafeEqual throws on different lengths; a wrong length is simply a wrong signature.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
