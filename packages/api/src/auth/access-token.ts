// Access tokens: short-lived (15 min) JWTs signed HS256 with AUTH_SECRET. Verification pins the
// algorithm, issuer, audience and token type, so `alg: none`, a token for another audience, or a
// refresh/other token presented as an access token are all rejected.
//
// Every signed-in call verifies one, so verification is synchronous node:crypto HMAC with the key
// made once (≈5 µs), not jose's WebCrypto path, which imports the secret and hops to the thread pool
// on every call (≈130 µs). The checks are jose's jwtVerify ones for the options we used to pass
// (HS256 only, no `crit`, required claims, iss, aud, nbf, exp against the injected clock). Signing
// stays on jose: it runs once per sign-in or refresh, and the token format is unchanged.
import { createHmac, createSecretKey, type KeyObject, randomUUID, timingSafeEqual } from "node:crypto";
import { SignJWT } from "jose";
import type { Clock } from "../shared/clock.ts";

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ALGORITHM = "HS256";
const TOKEN_TYPE = "access";
const REQUIRED_CLAIMS = ["sub", "jti", "exp", "iat", "iss", "aud"] as const;

export interface AccessTokenClaims {
  userId: string;
  sessionId: string;
}

export interface AccessTokenService {
  sign(claims: AccessTokenClaims): Promise<{ token: string; expiresAt: Date }>;
  /** Returns the claims, or undefined for any invalid, expired or foreign token. */
  verify(token: string): Promise<AccessTokenClaims | undefined>;
}

export function createAccessTokenService(options: {
  secret: string;
  issuer: string;
  audience: string;
  clock: Clock;
}): AccessTokenService {
  const signingKey = new TextEncoder().encode(options.secret);
  const verificationKey = createSecretKey(Buffer.from(options.secret, "utf8"));
  return {
    async sign({ userId, sessionId }) {
      const nowSeconds = Math.floor(options.clock.now().getTime() / 1000);
      const expiresAtSeconds = nowSeconds + ACCESS_TOKEN_TTL_SECONDS;
      const token = await new SignJWT({ typ: TOKEN_TYPE, sid: sessionId })
        .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
        .setIssuer(options.issuer)
        .setAudience(options.audience)
        .setSubject(userId)
        .setJti(randomUUID())
        .setIssuedAt(nowSeconds)
        .setExpirationTime(expiresAtSeconds)
        .sign(signingKey);
      return { token, expiresAt: new Date(expiresAtSeconds * 1000) };
    },
    async verify(token) {
      return verifyAccessToken(token, verificationKey, options);
    },
  };
}

/** The claims of a token whose signature and claims all check out; undefined otherwise. */
function verifyAccessToken(
  token: string,
  key: KeyObject,
  expected: { issuer: string; audience: string; clock: Clock },
): AccessTokenClaims | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  const [headerPart = "", payloadPart = "", signaturePart = ""] = parts;
  if (!hasValidSignature(`${headerPart}.${payloadPart}`, signaturePart, key)) return undefined;

  const header = decodeJsonObject(headerPart);
  // `crit` names extensions the verifier must understand; we understand none (as jose would refuse).
  if (header?.alg !== ALGORITHM || "crit" in header) return undefined;

  const claims = decodeJsonObject(payloadPart);
  if (!claims || !REQUIRED_CLAIMS.every((claim) => Object.hasOwn(claims, claim))) return undefined;
  if (claims.iss !== expected.issuer) return undefined;
  const audience = claims.aud;
  if (audience !== expected.audience && !(Array.isArray(audience) && audience.includes(expected.audience))) {
    return undefined;
  }
  const nowSeconds = Math.floor(expected.clock.now().getTime() / 1000);
  if (typeof claims.iat !== "number" || typeof claims.exp !== "number" || claims.exp <= nowSeconds) return undefined;
  if (claims.nbf !== undefined && (typeof claims.nbf !== "number" || claims.nbf > nowSeconds)) return undefined;
  if (claims.typ !== TOKEN_TYPE || typeof claims.sid !== "string") return undefined;
  if (typeof claims.sub !== "string" || claims.sub === "") return undefined;
  return { userId: claims.sub, sessionId: claims.sid };
}

/**
 * Compares the canonical base64url text of the expected MAC with the token's, in constant time, so
 * a signature with padding or stray characters (which a lenient decoder would accept) is refused.
 */
function hasValidSignature(signingInput: string, signaturePart: string, key: KeyObject): boolean {
  const expected = Buffer.from(createHmac("sha256", key).update(signingInput).digest("base64url"));
  const actual = Buffer.from(signaturePart);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function decodeJsonObject(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
