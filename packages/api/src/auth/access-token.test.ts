// Access tokens are verified with node:crypto rather than jose; these pin that the checks are still
// jose's: every token below gets the same verdict from our verifier and from jose's jwtVerify.
import { createHmac } from "node:crypto";
import { base64url, jwtVerify, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { ACCESS_TOKEN_TTL_SECONDS, createAccessTokenService } from "./access-token.ts";

const secret = "a-test-secret-that-is-long-enough-for-hs256";
const issuer = "http://localhost:3000";
const audience = "interviewer-api";
const startedAt = new Date("2026-03-01T12:00:00.000Z").getTime();

function manualClock() {
  let now = startedAt;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

const nowSeconds = Math.floor(startedAt / 1000);

/** A token with the given claims and header, signed with `signingSecret` (jose, as a third party would). */
async function craftToken(
  claims: Record<string, unknown>,
  header: Record<string, unknown> = {},
  signingSecret = secret,
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT", ...header })
    .sign(new TextEncoder().encode(signingSecret));
}

/** A token whose parts are exactly these texts, with a valid HMAC-SHA256 over them (whatever `alg` says). */
function signRaw(header: Record<string, unknown>, payloadText: string): string {
  const signingInput = `${base64url.encode(JSON.stringify(header))}.${base64url.encode(payloadText)}`;
  return `${signingInput}.${createHmac("sha256", secret).update(signingInput).digest("base64url")}`;
}

const validClaims = {
  typ: "access",
  sid: "session-1",
  sub: "user-1",
  jti: "token-1",
  iss: issuer,
  aud: audience,
  iat: nowSeconds,
  exp: nowSeconds + ACCESS_TOKEN_TTL_SECONDS,
};

function withoutClaim(name: keyof typeof validClaims): Record<string, unknown> {
  const { [name]: _removed, ...rest } = validClaims;
  return rest;
}

/** What jose's jwtVerify (with the options verification used before) plus our own claim checks say. */
async function joseVerdict(token: string, now: Date): Promise<{ userId: string; sessionId: string } | undefined> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
      issuer,
      audience,
      currentDate: now,
      requiredClaims: ["sub", "jti", "exp", "iat"],
    });
    if (payload.typ !== "access" || typeof payload.sid !== "string" || !payload.sub) return undefined;
    return { userId: payload.sub, sessionId: payload.sid };
  } catch {
    return undefined;
  }
}

describe("access tokens", () => {
  it("a signed token verifies to its user and session until it expires by the injected clock", async () => {
    const clock = manualClock();
    const service = createAccessTokenService({ secret, issuer, audience, clock });
    const { token, expiresAt } = await service.sign({ userId: "user-1", sessionId: "session-1" });
    expect(expiresAt.getTime()).toBe(startedAt + ACCESS_TOKEN_TTL_SECONDS * 1000);
    expect(await service.verify(token)).toEqual({ userId: "user-1", sessionId: "session-1" });
    clock.advance(ACCESS_TOKEN_TTL_SECONDS * 1000 - 1000);
    expect(await service.verify(token)).toBeDefined();
    clock.advance(1000);
    expect(await service.verify(token)).toBeUndefined();
  });

  it("gives the same verdict as jose's jwtVerify on valid, forged, foreign and malformed tokens", async () => {
    const clock = manualClock();
    const service = createAccessTokenService({ secret, issuer, audience, clock });
    const valid = await craftToken(validClaims);
    const [validHeader = "", validPayload = "", validSignature = ""] = valid.split(".");
    const cases: Record<string, string> = {
      valid,
      "audience in a list": await craftToken({ ...validClaims, aud: ["other-api", audience] }),
      "not yet valid (nbf)": await craftToken({ ...validClaims, nbf: nowSeconds + 60 }),
      "valid from now (nbf)": await craftToken({ ...validClaims, nbf: nowSeconds }),
      "another secret": await craftToken(validClaims, {}, `${secret}-other`),
      "another audience": await craftToken({ ...validClaims, aud: "other-api" }),
      "another issuer": await craftToken({ ...validClaims, iss: "https://evil.example" }),
      "a refresh token": await craftToken({ ...validClaims, typ: "refresh" }),
      "no session id": await craftToken(withoutClaim("sid")),
      "no jti": await craftToken(withoutClaim("jti")),
      "no iat": await craftToken(withoutClaim("iat")),
      "no exp": await craftToken(withoutClaim("exp")),
      "no sub": await craftToken(withoutClaim("sub")),
      "expired at this second": await craftToken({ ...validClaims, exp: nowSeconds }),
      "exp as text": await craftToken({ ...validClaims, exp: String(nowSeconds + 60) }),
      "unknown critical header": signRaw({ alg: "HS256", crit: ["exp"], exp: 1 }, JSON.stringify(validClaims)),
      "alg none": `${base64url.encode(JSON.stringify({ alg: "none", typ: "JWT" }))}.${validPayload}.`,
      "alg none with a valid MAC": signRaw({ alg: "none" }, JSON.stringify(validClaims)),
      "alg HS512 over an HS256 MAC": signRaw({ alg: "HS512" }, JSON.stringify(validClaims)),
      "header is not JSON": `${base64url.encode("{")}.${validPayload}.${validSignature}`,
      "tampered payload": `${validHeader}.${base64url.encode(JSON.stringify({ ...validClaims, sub: "user-2" }))}.${validSignature}`,
      "payload is not an object": signRaw({ alg: "HS256" }, "[1]"),
      "payload is not JSON": signRaw({ alg: "HS256" }, "{"),
      "signed the same way as ours": signRaw({ alg: "HS256", typ: "JWT" }, JSON.stringify(validClaims)),
      "two parts": `${validHeader}.${validPayload}`,
      empty: "",
    };
    for (const [name, token] of Object.entries(cases)) {
      const ours = await service.verify(token);
      expect({ name, verdict: ours }).toEqual({ name, verdict: await joseVerdict(token, clock.now()) });
    }
    expect(await service.verify(valid)).toEqual({ userId: "user-1", sessionId: "session-1" });
    // Stricter than jose on purpose: only the canonical base64url text of the MAC is accepted.
    expect(await service.verify(`${valid}=`)).toBeUndefined();
    expect(await service.verify(cases["not yet valid (nbf)"] ?? "")).toBeUndefined();
  });
});
