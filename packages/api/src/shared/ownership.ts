// Every procedure that reads or changes a user's resource loads it through this check. A resource
// that belongs to someone else is reported exactly like one that does not exist (NOT_FOUND, never
// FORBIDDEN), so valid ids cannot be probed.
import { notFound } from "../errors.ts";

export function requireOwned<T extends { userId: string | null }>(
  resource: T | undefined,
  viewer: { userId: string },
  what: string,
): T {
  if (!resource || resource.userId !== viewer.userId) throw notFound(what);
  return resource;
}
