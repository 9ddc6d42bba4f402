// Which question sections of a report are open, and jumping to one: short reports read best open,
// longer ones start folded with the index to find a question. Shared by the owner's report page and a
// shared link's page.
import { useCallback, useState } from "react";
import type { ReportEntry } from "./report-entries.ts";

/** Up to this many questions, every section starts open. */
const OPEN_BY_DEFAULT_UP_TO = 3;

export function useReportSections(entries: readonly Pick<ReportEntry, "anchor">[], options: { updateHash: boolean }) {
  const [openState, setOpenState] = useState<Record<string, boolean>>({});
  const openByDefault = entries.length <= OPEN_BY_DEFAULT_UP_TO;
  const isOpen = (entry: Pick<ReportEntry, "anchor">) => openState[entry.anchor] ?? openByDefault;
  const setOpen = useCallback(
    (anchor: string, open: boolean) =>
      setOpenState((state) => (state[anchor] === open ? state : { ...state, [anchor]: open })),
    [],
  );
  const { updateHash } = options;

  /** Opens the question's section, brings it into view and moves focus there (keyboard users follow). */
  const jumpTo = useCallback(
    (entry: Pick<ReportEntry, "anchor">) => {
      setOpen(entry.anchor, true);
      if (updateHash) window.history.replaceState(window.history.state, "", `#${entry.anchor}`);
      requestAnimationFrame(() => {
        const section = document.getElementById(entry.anchor);
        section?.scrollIntoView({ block: "start" });
        section?.querySelector<HTMLElement>("summary")?.focus({ preventScroll: true });
      });
    },
    [setOpen, updateHash],
  );

  const expandAll = (open: boolean) => setOpenState(Object.fromEntries(entries.map((entry) => [entry.anchor, open])));
  return { isOpen, setOpen, jumpTo, expandAll };
}
