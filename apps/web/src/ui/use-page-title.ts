// Each page names itself in the tab title: the first thing a screen reader announces after navigation.
import { useEffect } from "react";

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Interviewer`;
  }, [title]);
}
