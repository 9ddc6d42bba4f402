// Only paths on this site are followed after sign-in ("//host" would be another origin).
export function safeReturnTo(value: string | null, fallback = "/dashboard"): string {
  if (!value || !/^\/(?![/\\])/.test(value)) return fallback;
  return value;
}
