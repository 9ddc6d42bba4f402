// The registry of every email the product sends. Callers name a template and pass its data; the
// map below ties each name to its data type, so enqueueMail("welcome", ...) only accepts welcome's
// fields. Adding an email = one file beside this one + one line in each map.
import { type AccountDeletedData, renderAccountDeleted } from "./account-deleted.ts";
import { type AlreadyRegisteredData, renderAlreadyRegistered } from "./already-registered.ts";
import type { RenderedMail } from "./compose.ts";
import { type PasswordChangedData, renderPasswordChanged } from "./password-changed.ts";
import { type PaymentFailedData, renderPaymentFailed } from "./payment-failed.ts";
import { type PurchaseConfirmedData, renderPurchaseConfirmed } from "./purchase-confirmed.ts";
import { type ResetPasswordData, renderResetPassword } from "./reset-password.ts";
import { renderSubscriptionCancelled, type SubscriptionCancelledData } from "./subscription-cancelled.ts";
import { renderSubscriptionExpired, type SubscriptionExpiredData } from "./subscription-expired.ts";
import { renderVerifyEmail, type VerifyEmailData } from "./verify-email.ts";
import { renderWelcome, type WelcomeData } from "./welcome.ts";

export type { RenderedMail } from "./compose.ts";

export interface MailTemplateData {
  verify_email: VerifyEmailData;
  already_registered: AlreadyRegisteredData;
  welcome: WelcomeData;
  reset_password: ResetPasswordData;
  password_changed: PasswordChangedData;
  account_deleted: AccountDeletedData;
  purchase_confirmed: PurchaseConfirmedData;
  payment_failed: PaymentFailedData;
  subscription_cancelled: SubscriptionCancelledData;
  subscription_expired: SubscriptionExpiredData;
}

export type MailTemplateName = keyof MailTemplateData;

const templates: { [Name in MailTemplateName]: (data: MailTemplateData[Name]) => RenderedMail } = {
  verify_email: renderVerifyEmail,
  already_registered: renderAlreadyRegistered,
  welcome: renderWelcome,
  reset_password: renderResetPassword,
  password_changed: renderPasswordChanged,
  account_deleted: renderAccountDeleted,
  purchase_confirmed: renderPurchaseConfirmed,
  payment_failed: renderPaymentFailed,
  subscription_cancelled: renderSubscriptionCancelled,
  subscription_expired: renderSubscriptionExpired,
};

export const mailTemplateNames = Object.keys(templates) as MailTemplateName[];

export function renderMail<Name extends MailTemplateName>(name: Name, data: MailTemplateData[Name]): RenderedMail {
  const render = templates[name] as (data: MailTemplateData[Name]) => RenderedMail;
  return render(data);
}
