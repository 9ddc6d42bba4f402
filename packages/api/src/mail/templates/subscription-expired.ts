// Sent when a subscription's paid period is over: the plan has lapsed and unused credits are gone.
import { composeMail, countOf, type RenderedMail } from "./compose.ts";

export interface SubscriptionExpiredData {
  displayName: string;
  planName: string;
  creditsForfeited: number;
  billingUrl: string;
}

export function renderSubscriptionExpired(data: SubscriptionExpiredData): RenderedMail {
  const credits =
    data.creditsForfeited > 0
      ? `${countOf(data.creditsForfeited, "unused interview credit")} from this plan ${data.creditsForfeited === 1 ? "has" : "have"} expired with it.`
      : "You had no unused credits from this plan.";
  return composeMail({
    subject: `Your ${data.planName} subscription has expired`,
    displayName: data.displayName,
    blocks: [
      `Your ${data.planName} subscription has ended. ${credits}`,
      "Your past interviews and reports are still there. To keep practising, choose a plan on your billing page:",
      { action: "Choose a plan", url: data.billingUrl },
    ],
    reason: "You are receiving this because the subscription on your Interviewer account expired.",
  });
}
