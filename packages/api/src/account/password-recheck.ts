// Checking the password of someone already signed in (account.changePassword, account.delete).
// Without a limit, whoever holds a session (a stolen cookie, a shared computer) could guess the
// password at full speed, bypassing the login delay, and a guessed password turns a borrowed session
// into the account for good. So the login delay applies here too (auth/login-throttle.ts: five free
// failures, then waits doubling up to 15 minutes, and during a wait even the right password is
// refused, so a guesser learns nothing), reserved before the check so parallel guesses count.
//
// Counted per account, not per client address as login is: only a holder of one of the account's
// sessions can add failures here, so no stranger can lock the owner out, while a session thief must
// not get fresh guesses by changing address. A password reset clears it with the login delays
// (clearAccountLoginFailures), and a login elsewhere never does.
import type { Database } from "@interviewer/db";
import { emailKey } from "../auth/find-user.ts";
import { clearLoginFailures, type LoginThrottleKey, reserveLoginAttempt } from "../auth/login-throttle.ts";
import { verifyPassword } from "../auth/password-hashing.ts";

/** Stands where a login's client address goes; never a clientAddressKey, so the counts never mix. */
const SIGNED_IN_CLIENT_KEY = "signed-in";

/**
 * Whether `password` is the account's, or LOGIN_DELAYED (with retryAfterSeconds) while earlier wrong
 * passwords' delay runs.
 */
export async function recheckPassword(
  db: Database,
  now: Date,
  account: { email: string; passwordHash: string },
  password: string,
): Promise<boolean> {
  const key: LoginThrottleKey = { emailKey: emailKey(account.email), clientKey: SIGNED_IN_CLIENT_KEY };
  await reserveLoginAttempt(db, key, now);
  const matches = await verifyPassword(account.passwordHash, password);
  if (matches) await clearLoginFailures(db, key);
  return matches;
}
