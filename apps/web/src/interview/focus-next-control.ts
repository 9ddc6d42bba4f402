// Moves keyboard focus to the first control after an element in the page's order: how Escape leaves
// the code editor, where Tab indents and so cannot be the way out.
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** Focuses the first visible, enabled control after `from` (outside it); false when there is none. */
export function focusNextControl(from: Element): boolean {
  for (const candidate of Array.from(document.querySelectorAll<HTMLElement>(FOCUSABLE))) {
    if (from.contains(candidate)) continue;
    if (!(from.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    // Hidden (display: none, a closed <details>) controls have no boxes and cannot take focus.
    if (candidate.getClientRects().length === 0) continue;
    candidate.focus();
    if (document.activeElement === candidate) return true;
  }
  return false;
}
