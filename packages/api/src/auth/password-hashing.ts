// argon2id at the OWASP Password Storage Cheat Sheet parameters (m=19 MiB, t=2, p=1).
// verifyPasswordOrDummy() spends the same work when there is no account, so response time does not
// reveal whether an email is registered.
import argon2 from "argon2";

const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Checks `password` against `hash`, or burns an equivalent verification when there is no hash. */
export async function verifyPasswordOrDummy(hash: string | null | undefined, password: string): Promise<boolean> {
  if (hash) return verifyPassword(hash, password);
  dummyHash ??= hashPassword("dummy password for timing equalisation");
  await verifyPassword(await dummyHash, password);
  return false;
}
