// Unique violations under races are the normal path, not a 500: two sign-ups of one email, two first
// GitHub logins of one user. The loser runs its work again and finds the winner's row.

/** PostgreSQL's unique_violation, from postgres.js or PGlite, also when wrapped by Drizzle (`cause`). */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth += 1) {
    if ("code" in current && current.code === "23505") return true;
    current = "cause" in current ? current.cause : undefined;
  }
  return false;
}

/** Runs `work`; if it lost a race on a unique index, runs it once more (it then sees the winner's row). */
export async function retryOnceOnUniqueViolation<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return work();
  }
}
