// Time left, counted down locally from the server's figure (re-read on every refetch).
import { useEffect, useState } from "react";
import { formatDuration } from "../ui/format.ts";

export function InterviewTimer({
  timeLeftMs,
  running,
  onTimeUp,
}: {
  timeLeftMs: number;
  running: boolean;
  onTimeUp(): void;
}) {
  const [deadline, setDeadline] = useState(() => Date.now() + timeLeftMs);
  const [now, setNow] = useState(Date.now());
  useEffect(() => setDeadline(Date.now() + timeLeftMs), [timeLeftMs]);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const left = running ? deadline - now : timeLeftMs;
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
