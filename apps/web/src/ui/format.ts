// Dates and labels shown the same way on every page.
const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
const dateTimeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export const formatDate = (date: Date | null | undefined) => (date ? dateFormat.format(date) : "—");
export const formatDateTime = (date: Date | null | undefined) => (date ? dateTimeFormat.format(date) : "—");

export const STATUS_LABELS: Record<string, string> = {
  preparing: "Preparing",
  active: "In progress",
  paused: "Paused",
  completed: "Completed",
  abandoned: "Ended early",
  failed: "Failed",
};

export const VERDICT_LABELS: Record<string, string> = {
  ready: "Ready",
  almost: "Almost ready",
  not_ready: "Not ready yet",
};

export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${seconds.toString().padStart(2, "0")}`;
}
