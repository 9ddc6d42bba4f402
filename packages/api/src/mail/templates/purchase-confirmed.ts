// Sent when a payment succeeds: what was bought and how many interview credits it added.
import { composeMail, countOf, type RenderedMail } from "./compose.ts";

export interface PurchaseConfirmedData {
  displayName: string;
  planName: string;
  creditsGranted: number;
  billingUrl: string;
}

export function renderPurchaseConfirmed(data: PurchaseConfirmedData): RenderedMail {
  return composeMail({
    subject: `Thanks for your purchase: ${data.planName}`,
    displayName: data.displayName,
    blocks: [
      `Your payment for ${data.planName} went through, and ${countOf(data.creditsGranted, "interview credit")} ${data.creditsGranted === 1 ? "has" : "have"} been added to your account.`,
      "Receipts and your plan are on your billing page:",
      { action: "View billing", url: data.billingUrl },
    ],
    reason: "You are receiving this because a purchase was made on your Interviewer account.",
  });
}
