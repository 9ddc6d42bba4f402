// The open/closed state of a disclosure menu (the header's menu on narrow screens), with the
// behaviour people expect of one: Escape closes it and puts focus back on its button, and it closes
// when focus or a click goes elsewhere or the page changes.
import { type FocusEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";

export function useMenuDisclosure<Container extends HTMLElement>() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const containerRef = useRef<Container>(null);
  const location = useLocation();

  // A link in the menu was followed (or the page changed otherwise): the menu has done its job.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the reaction to a new location
  useEffect(() => {
    setOpen(false);
  }, [location.key]);

  useEffect(() => {
    if (!open) return;
    const closeOnOutsidePress = (event: PointerEvent) => {
      if (event.target instanceof Node && containerRef.current?.contains(event.target)) return;
      setOpen(false);
    };
    document.addEventListener("pointerdown", closeOnOutsidePress);
    return () => document.removeEventListener("pointerdown", closeOnOutsidePress);
  }, [open]);

  return {
    open,
    buttonRef,
    containerRef,
    toggle: () => setOpen((current) => !current),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !open) return;
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    },
    onBlur: (event: FocusEvent) => {
      // Tabbing past the last item leaves the menu: close it rather than leave it covering the page.
      const next = event.relatedTarget;
      if (next instanceof Node && containerRef.current?.contains(next)) return;
      if (next !== null) setOpen(false);
    },
  };
}
