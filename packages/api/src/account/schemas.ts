import { z } from "zod";
import { ZNewPasswordSchema } from "../auth/password-policy.ts";
import { ZDisplayNameSchema } from "../auth/schemas.ts";

export const ZMeResponseSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  emailVerified: z.boolean(),
  hasPassword: z.boolean(),
  createdAt: z.date(),
  providers: z.array(z.object({ provider: z.literal("github"), login: z.string().nullable(), linkedAt: z.date() })),
});

export const ZSessionsResponseSchema = z.array(
  z.object({
    id: z.uuid(),
    userAgent: z.string().nullable(),
    ip: z.string().nullable(),
    authMethod: z.string(),
    createdAt: z.date(),
    lastUsedAt: z.date(),
    current: z.boolean(),
  }),
);

export const ZRevokeSessionRequestSchema = z.object({ sessionId: z.uuid() });

export const ZUpdateProfileRequestSchema = z.object({ displayName: ZDisplayNameSchema });

export const ZChangePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(1024),
  newPassword: ZNewPasswordSchema,
});

export const ZDeleteAccountRequestSchema = z.object({
  /** Typed by the user to confirm; must match the account's email. */
  confirmEmail: z.string().max(254),
  /** Required for accounts with a password; GitHub-only accounts re-login within 10 minutes instead. */
  password: z.string().max(1024).optional(),
});
