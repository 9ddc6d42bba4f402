// Excalidraw turns a pointer's position into a point on the scene using where its canvas sits on the
// page, and it re-reads that position only 100 ms after the page stops scrolling, and never when
// content above it moves the canvas (the answer box growing, feedback appearing). A press inside that
// window lands somewhere else on the scene: an arrow drawn from a box starts beside it and is not bound.
// So whenever anything scrolls, and as the pointer moves over the canvas (a press always follows a move),
// the position Excalidraw holds is compared with the real one and refreshed at once when it is stale.
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { type RefObject, useEffect } from "react";

export function useFreshCanvasOffsets(box: RefObject<HTMLElement | null>, api: ExcalidrawImperativeAPI | null) {
  useEffect(() => {
    const root = box.current;
    if (!root || !api) return;
    const refreshIfStale = () => {
      // The element Excalidraw measures for its offsets: its container, which fills our box.
      const container = root.querySelector(".excalidraw");
      if (!container) return;
      const { left, top } = container.getBoundingClientRect();
      const { offsetLeft, offsetTop } = api.getAppState();
      if (left !== offsetLeft || top !== offsetTop) api.refresh();
    };
    const options = { capture: true, passive: true };
    window.addEventListener("scroll", refreshIfStale, options);
    root.addEventListener("pointermove", refreshIfStale, options);
    return () => {
      window.removeEventListener("scroll", refreshIfStale, options);
      root.removeEventListener("pointermove", refreshIfStale, options);
    };
  }, [box, api]);
}
