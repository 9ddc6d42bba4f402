import { describe, expect, it } from "vitest";
import { creditsLabel, formatPrice, freeOfferHeadline, intervalLabel, pricePerInterview } from "./offer-format.ts";

const NBSP = "\u00a0";

describe("the offer in the visitor's words", () => {
  it("formats minor units in the visitor's locale, without decimals when the amount is whole", () => {
    expect(formatPrice({ priceMinorUnits: 2900, currency: "USD" }, ["en-US"])).toBe("$29");
    expect(formatPrice({ priceMinorUnits: 2950, currency: "USD" }, ["en-US"])).toBe("$29.50");
    expect(formatPrice({ priceMinorUnits: 2900, currency: "EUR" }, ["de-DE"])).toBe(`29${NBSP}€`);
    expect(formatPrice({ priceMinorUnits: 1999, currency: "EUR" }, ["fr-FR"])).toMatch(/^19,99\s€$/);
  });

  it("reads the amount by the currency's own minor unit", () => {
    // JPY has none: 1500 is ¥1,500; KWD has three: 12345 is 12.345 KWD.
    expect(formatPrice({ priceMinorUnits: 1500, currency: "JPY" }, ["en-US"])).toBe("¥1,500");
    expect(formatPrice({ priceMinorUnits: 12_345, currency: "KWD" }, ["en-US"])).toBe(`KWD${NBSP}12.345`);
  });

  it("still shows an amount for a currency Intl does not know", () => {
    expect(formatPrice({ priceMinorUnits: 2900, currency: "ZZ1" }, ["en-US"])).toBe("29.00 ZZ1");
  });

  it("says what a plan costs per interview, how often, and what the free offer is", () => {
    expect(pricePerInterview({ priceMinorUnits: 2900, currency: "USD" }, 10, ["en-US"])).toBe("$2.90 per interview");
    expect(pricePerInterview({ priceMinorUnits: 900, currency: "USD" }, 1, ["en-US"])).toBe("");
    expect(intervalLabel("month")).toBe("per month");
    expect(intervalLabel("once")).toBe("one-time");
    expect(creditsLabel(1, "once")).toBe("1 interview");
    expect(creditsLabel(20, "month")).toBe("20 interviews a month");
    expect(freeOfferHeadline(1)).toBe("Your first interview is free");
    expect(freeOfferHeadline(3)).toBe("Your first 3 interviews are free");
  });
});
