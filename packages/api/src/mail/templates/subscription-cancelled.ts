// Sent when a subscription is cancelled: whether and until when the plan keeps working.
import { composeMail, type RenderedMail } from "./compose.ts";

export interface SubscriptionCancelledData {
  displayName: string;
  planName: string;
  /** When the paid period ends (an ISO timestamp), or null when it ended with the cancellation. */
  endsAt: string | null;
  billingUrl: string;
}

export function renderSubscriptionCancelled(data: SubscriptionCancelledData): RenderedMail {
  const ending =
    data.endsAt === null
      ? `Your ${data.planName} plan has ended and will not renew.`
      : `You keep your ${data.planName} plan until ${formatDate(data.endsAt)}; after that it will not renew.`;
  return composeMail({
    subject: `Your ${data.planName} subscription has been cancelled`,
    displayName: data.displayName,
    blocks: [
      `Your ${data.planName} subscription has been cancelled.`,
      ending,
      "Changed your mind? You can resume it from your billing page:",
      { action: "View billing", url: data.billingUrl },
    ],
    reason: "You are receiving this because the subscription on your Interviewer account was cancelled.",
  });
}

/** "12 March 2026" for a timestamp; anything unparseable is shown as given rather than lost. */
function formatDate(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(date);
}
