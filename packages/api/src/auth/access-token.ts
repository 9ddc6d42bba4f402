// Access tokens: short-lived (15 min) JWTs signed HS256 with AUTH_SECRET. Verification pins the
// algorithm, issuer, audience and token type, so `alg: none`, a token for another audience, or a
// refresh/other token presented as an access token are all rejected.
import { randomUUID } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import type { Clock } from "../shared/clock.ts";

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ALGORITHM = "HS256";
const TOKEN_TYPE = "access";

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
  const key = new TextEncoder().encode(options.secret);
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
        .sign(key);
      return { token, expiresAt: new Date(expiresAtSeconds * 1000) };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [ALGORITHM],
          issuer: options.issuer,
          audience: options.audience,
          currentDate: options.clock.now(),
          requiredClaims: ["sub", "jti", "exp", "iat"],
        });
        if (payload.typ !== TOKEN_TYPE || typeof payload.sid !== "string" || !payload.sub) return undefined;
        return { userId: payload.sub, sessionId: payload.sid };
      } catch (error) {
        if (error instanceof joseErrors.JOSEError) return undefined;
        throw error;
      }
    },
  };
}
