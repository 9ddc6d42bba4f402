// After the candidate's action changes what the room shows (their answer is being read, its
// evaluation arrived, the next question opened, the interview resumed), focus moves to the new
// screen's heading, so keyboard and screen-reader users land on the new content instead of the page
// body (the control they pressed is gone). The first screen of a visit leaves focus where the browser
// put it; a moment without a heading (an answer on its way) changes nothing.
import { useEffect, useRef } from "react";

export interface RoomScreen {
  /** Which screen, for which question: a change of key is a new screen. */
  key: string;
  /** The heading to focus (it has tabIndex={-1}). */
  headingId: string;
}

export function useFocusOnScreenChange(screen: RoomScreen | null): void {
  const previous = useRef<string | null>(null);
  const key = screen?.key ?? null;
  const headingId = screen?.headingId ?? null;
  useEffect(() => {
    if (key === null || headingId === null) return;
    const before = previous.current;
    previous.current = key;
    if (before !== null && before !== key) document.getElementById(headingId)?.focus();
  }, [key, headingId]);
}
