// The one place accounts are created (email sign-up and first GitHub login), so everything a new
// account gets happens in the same transaction whichever way it signed up.
import { type DatabaseOrTransaction, schema, type User } from "@interviewer/db";
import { grantSignupCredits } from "../billing/credits/credit-grants.ts";
import type { Clock } from "../shared/clock.ts";

export async function createAccount(
  db: DatabaseOrTransaction,
  clock: Clock,
  input: {
    email: string;
    displayName: string;
    passwordHash: string | null;
    emailVerified: boolean;
    /** settings.billing.freeCreditsOnSignup; once per email address ever (see billing/credits/credit-grants.ts). */
    freeCreditsOnSignup: number;
  },
): Promise<User> {
  const now = clock.now();
  const [user] = await db
    .insert(schema.users)
    .values({
      email: input.email,
      displayName: input.displayName,
      passwordHash: input.passwordHash,
      emailVerifiedAt: input.emailVerified ? now : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!user) throw new Error("user insert returned nothing");
  // Granted at creation: an unverified account cannot spend (every billing/interview call needs a verified session).
  await grantSignupCredits(db, clock, {
    userId: user.id,
    email: user.email,
    amount: input.freeCreditsOnSignup,
  });
  return user;
}
