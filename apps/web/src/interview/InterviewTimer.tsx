// Time left, counted down locally from the server's figure (re-read on every refetch). The local
// "now" is taken afresh whenever a new figure arrives: a "now" left over from before a pause would
// add the paused seconds to the count (30:03 on a 30-minute limit, just after resuming). It never
// shows more than the plan's limit.
import { useEffect, useState } from "react";
import { formatDuration } from "../ui/format.ts";

export function InterviewTimer({
  timeLeftMs,
  limitMs,
  running,
  onTimeUp,
}: {
  timeLeftMs: number;
  /** The plan's time limit. */
  limitMs: number;
  running: boolean;
  onTimeUp(): void;
}) {
  const [clock, setClock] = useState(() => {
    const now = Date.now();
    return { deadline: now + timeLeftMs, now };
  });
  // A new figure, or the timer starting or stopping: count from here (a pause's seconds never count).
  useEffect(() => {
    const start = Date.now();
    setClock({ deadline: start + timeLeftMs, now: start });
    if (!running) return;
    const timer = setInterval(() => setClock((current) => ({ ...current, now: Date.now() })), 1000);
    return () => clearInterval(timer);
  }, [timeLeftMs, running]);
  const left = Math.min(limitMs, running ? clock.deadline - clock.now : timeLeftMs);
  useEffect(() => {
    if (running && left <= 0) onTimeUp();
  }, [running, left, onTimeUp]);
  return (
    <p
      className={`timer ${left < 5 * 60_000 ? "timer-low" : ""}`}
      role="timer"
      aria-label={`Time left ${formatDuration(left)}`}
    >
      <span className="muted">Time left</span> {formatDuration(left)}
    </p>
  );
}
