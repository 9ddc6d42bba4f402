// Sent when a renewal payment fails, so the reader can fix the card before the plan lapses.
import { composeMail, type RenderedMail } from "./compose.ts";

export interface PaymentFailedData {
  displayName: string;
  planName: string;
  billingUrl: string;
}

export function renderPaymentFailed(data: PaymentFailedData): RenderedMail {
  return composeMail({
    subject: `Your payment for ${data.planName} did not go through`,
    displayName: data.displayName,
    blocks: [
      `We could not take the payment for your ${data.planName} plan. Nothing has been charged.`,
      "Please check or update your payment method to keep your plan:",
      { action: "Update payment method", url: data.billingUrl },
    ],
    reason: "You are receiving this because a payment for your Interviewer account failed.",
  });
}
