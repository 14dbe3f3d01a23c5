import { describe, expect, it } from "vitest";
import { currencySymbol, formatMoney, formatPrice } from "../../../src/lib/format/prices.ts";

describe("formatPrice(low, high, currency, qualifier)", () => {
  it.each([
    [20000, 20000, "GBP", "up-to", "up to £20,000"],
    [3000, 3500, "GBP", "exact", "£3,000–£3,500"],
    [500, 1000, "GBP", "around", "around £500–£1,000"],
    [750, 750, "EUR", "from", "from €750"],
    [4000, 4000, "USD", "exact", "$4,000"],
    [4500, 4500, "EUR", "exact", "€4,500"],
    [435, 435, "GBP", "exact", "£435"],
  ] as const)("%s-%s %s %s -> %s", (low, high, currency, qualifier, expected) => {
    expect(formatPrice(low, high, currency, qualifier)).toBe(expected);
  });

  it("throws on a range that ends below its start", () => {
    expect(() => formatPrice(6000, 1500, "GBP", "exact")).toThrow(RangeError);
  });
});

describe("formatMoney(value, currency) and currencySymbol(currency)", () => {
  it("keeps the reported currency, never converting", () => {
    expect(formatMoney(12000, "GBP")).toBe("£12,000");
    expect(formatMoney(23000, "EUR")).toBe("€23,000");
    expect([currencySymbol("GBP"), currencySymbol("EUR"), currencySymbol("USD")]).toEqual(["£", "€", "$"]);
  });
});
