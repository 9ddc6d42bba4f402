// Which evaluations the candidate has read and moved on from. Remembered per device so a reload shows
// the feedback again until "Continue" is pressed, and not after.
import { useCallback, useState } from "react";

const key = (turnId: string) => `interviewer:seen-evaluation:${turnId}`;

export function useSeenEvaluations() {
  // localStorage is the record; this state only re-renders the room when it changes.
  const [, setVersion] = useState(0);
  const hasSeen = useCallback((turnId: string) => localStorage.getItem(key(turnId)) === "1", []);
  const markSeen = useCallback((turnId: string) => {
    localStorage.setItem(key(turnId), "1");
    setVersion((version) => version + 1);
  }, []);
  return { hasSeen, markSeen };
}
