// Random single-use secrets (refresh tokens, email links). 32 random bytes = 256 bits; only the
// SHA-256 hash is stored, so a database leak does not hand out working tokens.
import { createHash, randomBytes } from "node:crypto";

export function generateSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
