// Confirms a subscription plan change before it happens: the new price against the current one, how
// the difference is billed, and what happens to credits (an upgrade adds the difference for this
// period at once; a downgrade keeps every credit and gives fewer from the next renewal). A native
// modal <dialog>: focus moves in and stays there, Escape cancels, focus returns to the trigger.
import type { RouterOutputs } from "@interviewer/api";
import { useEffect, useRef } from "react";
import { formatPrice, intervalLabel } from "../landing/offer-format.ts";
import { formatDate } from "../ui/format.ts";

type Plan = RouterOutputs["billing"]["plans"][number];

interface PlanChangeDialogProps {
  from: Plan;
  to: Plan;
  renewsAt: Date | null;
  pending: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function priceText(plan: Plan): string {
  return `${formatPrice(plan)} ${intervalLabel(plan.interval)}`;
}

export function PlanChangeDialog({ from, to, renewsAt, pending, onConfirm, onCancel }: PlanChangeDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // The safe choice takes focus (showModal would pick the first button, the confirming one).
    keep.current?.focus();
    return () => element?.close();
  }, []);
  const upgrade = to.credits > from.credits;
  const renewal = renewsAt ? `your next renewal on ${formatDate(renewsAt)}` : "your next renewal";
  return (
    <dialog
      ref={dialog}
      className="card dialog plan-change-dialog stack"
      aria-labelledby="plan-change-heading"
      aria-describedby="plan-change-price"
      onCancel={(event) => {
        // Escape: close through React state, so the dialog and the page agree.
        event.preventDefault();
        onCancel();
      }}
      data-testid="plan-change-dialog"
    >
      <h2 id="plan-change-heading">Switch to {to.name}?</h2>
      <p id="plan-change-price">
        <strong>{to.name}</strong> costs <strong>{priceText(to)}</strong>; you pay {priceText(from)} for {from.name}{" "}
        now.
      </p>
      <ul className="plan-change-facts">
        <li>
          The price changes from this billing period: the difference for the days left is{" "}
          {upgrade ? "charged" : "credited"} on {renewal} (prorated by our payment provider, Lemon Squeezy).
        </li>
        {upgrade ? (
          <li>
            You get <strong>{to.credits - from.credits} more credits</strong> for this period as soon as the change is
            confirmed, then {to.credits} every month.
          </li>
        ) : (
          <li>
            You keep every credit you have. From {renewal} you get {to.credits} credits a month instead of{" "}
            {from.credits}.
          </li>
        )}
        <li>Unused credits keep rolling over while you stay subscribed.</li>
      </ul>
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={onConfirm} disabled={pending}>
          {pending ? "Switching…" : "Yes, switch plans"}
        </button>
        <button type="button" className="btn" onClick={onCancel} ref={keep}>
          Keep {from.name}
        </button>
      </div>
    </dialog>
  );
}
