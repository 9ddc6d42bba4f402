// The offer as the visitor reads it: prices (an amount in the currency's minor units, formatted with
// Intl for the browser's languages: "$29", "29 $", "29,00 €"), what a price buys, and the free first
// interview, in words. Used by the React landing page and by the prerendered one's script
// (static-page.ts), so both say the same thing.

export interface PriceInput {
  priceMinorUnits: number;
  currency: string;
}

/** Whole amounts without decimals ($29 rather than $29.00); otherwise the currency's own digits. */
export function formatPrice(price: PriceInput, locales?: readonly string[]): string {
  try {
    const standard = new Intl.NumberFormat(locales, { style: "currency", currency: price.currency });
    // JPY has no minor unit, USD two, KWD three: the currency decides how to read the amount.
    const digits = standard.resolvedOptions().maximumFractionDigits ?? 2;
    const amount = price.priceMinorUnits / 10 ** digits;
    if (!Number.isInteger(amount)) return standard.format(amount);
    return new Intl.NumberFormat(locales, {
      style: "currency",
      currency: price.currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    // A currency code this browser does not know: still show the amount rather than nothing.
    return `${(price.priceMinorUnits / 100).toFixed(2)} ${price.currency}`;
  }
}

/** "one-time" or "per month", shown beside the price. */
export function intervalLabel(interval: "once" | "month"): string {
  return interval === "month" ? "per month" : "one-time";
}

/** What one interview costs on a plan with this many credits, e.g. "$2.90 per interview". */
export function pricePerInterview(price: PriceInput, credits: number, locales?: readonly string[]): string {
  if (credits <= 1) return "";
  return `${formatPrice({ ...price, priceMinorUnits: Math.round(price.priceMinorUnits / credits) }, locales)} per interview`;
}

/** "1 interview", "10 interviews a month". */
export function creditsLabel(credits: number, interval: "once" | "month"): string {
  const interviews = credits === 1 ? "1 interview" : `${credits} interviews`;
  return interval === "month" ? `${interviews} a month` : interviews;
}

/** The visitor's languages, best first (undefined outside a browser: Intl's default). */
export function visitorLocales(): readonly string[] | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.languages;
}

/** The hero's promise, from FREE_CREDITS_ON_SIGNUP (only called when it is at least 1). */
export function freeOfferHeadline(freeCredits: number): string {
  return freeCredits === 1 ? "Your first interview is free" : `Your first ${freeCredits} interviews are free`;
}

/** The free column of the price table. */
export function freeOfferCredits(freeCredits: number): string {
  return freeCredits === 1 ? "1 interview, once" : `${freeCredits} interviews, once`;
}
