// "Try again in 266 seconds" is arithmetic for the reader: a wait in the words a person would use,
// rounded up so that trying again at the time said always works.

/** The wait as a phrase that follows "Try again", e.g. "in about 5 minutes". */
export function waitInWords(seconds: number): string {
  if (seconds <= 10) return "in a few seconds";
  if (seconds < 60) return "in less than a minute";
  const minutes = Math.ceil(seconds / 60);
  if (minutes === 1) return "in about a minute";
  if (minutes < 60) return `in about ${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? "in about an hour" : `in about ${hours} hours`;
}

/**
 * The server's message with its "in N seconds" replaced by the words above. Messages without that
 * phrase (or without a known wait) are returned unchanged, so a reworded server message still shows.
 */
export function withWaitInWords(message: string, retryAfterSeconds: number | null): string {
  if (retryAfterSeconds === null) return message;
  return message.replace(/\bin \d+ seconds?\b/, waitInWords(retryAfterSeconds));
}
