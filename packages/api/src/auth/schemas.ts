// Input and output schemas of the auth procedures, named for the procedure. Their types flow to the
// web app and @interviewer/client.
import { storedText } from "@interviewer/engine";
import { z } from "zod";
import { ZNewPasswordSchema } from "./password-policy.ts";

export const ZEmailSchema = z
  .email({ error: "Enter a valid email address." })
  .max(254, "Email addresses are at most 254 characters.")
  .transform((email) => email.trim());

export const ZDisplayNameSchema = storedText().trim().min(1, "Enter your name.").max(80, "Use at most 80 characters.");

/** The web app keeps refresh tokens in an httpOnly cookie; other apps ask for them in the body. */
export const ZRefreshTokenDeliverySchema = z.enum(["cookie", "body"]).default("cookie");

const ZOpaqueTokenSchema = z.string().min(16).max(256);

export const ZSignUpRequestSchema = z.object({
  email: ZEmailSchema,
  password: ZNewPasswordSchema,
  displayName: ZDisplayNameSchema,
});

export const ZSignUpResponseSchema = z.object({
  status: z.literal("verification_sent"),
  message: z.string(),
});

export const ZVerifyEmailRequestSchema = z.object({
  token: ZOpaqueTokenSchema,
  refreshTokenDelivery: ZRefreshTokenDeliverySchema,
});

export const ZResendVerificationRequestSchema = z.object({ email: ZEmailSchema });

export const ZLoginRequestSchema = z.object({
  email: ZEmailSchema,
  // Not the new-password policy: old passwords must still work; only bound the size.
  password: z.string().min(1, "Enter your password.").max(1024),
  refreshTokenDelivery: ZRefreshTokenDeliverySchema,
});

export const ZRefreshRequestSchema = z
  .object({
    refreshToken: ZOpaqueTokenSchema.optional(),
  })
  .default({});

export const ZLogoutRequestSchema = ZRefreshRequestSchema;

export const ZRequestPasswordResetRequestSchema = z.object({ email: ZEmailSchema });

export const ZResetPasswordRequestSchema = z.object({
  token: ZOpaqueTokenSchema,
  newPassword: ZNewPasswordSchema,
});

export const ZSessionTokensResponseSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: z.date(),
  /** Present only when the caller asked for body delivery (or sent its token in the body). */
  refreshToken: z.string().optional(),
  refreshTokenExpiresAt: z.date(),
  user: z.object({ id: z.uuid(), email: z.string(), displayName: z.string() }),
});

export const ZGenericStatusResponseSchema = z.object({ status: z.literal("ok"), message: z.string() });

/** Which ways of signing in this deployment offers. */
export const ZAuthMethodsResponseSchema = z.object({ password: z.literal(true), github: z.boolean() });
