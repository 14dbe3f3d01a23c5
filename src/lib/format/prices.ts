/**
 * Prices as their sources stated them: in the currency reported (never
 * converted), as a single price or a low–high range, with the qualifier word
 * ("up to", "from", "around") kept in front.
 */
import type { Price, Qualifier } from "../data/schemas.ts";
import { formatNumber, qualifierWord } from "./numbers.ts";

type Currency = Price["currency"];

// Typed over the schema's currencies: a new currency without a symbol fails the type check.
const SYMBOLS: Readonly<Record<Currency, string>> = { GBP: "£", EUR: "€", USD: "$" };

/** `GBP` -> "£". */
export function currencySymbol(currency: Currency): string {
  return SYMBOLS[currency];
}

/** `formatMoney(3500, "GBP")` -> "£3,500". */
export function formatMoney(value: number, currency: Currency): string {
  return `${SYMBOLS[currency]}${formatNumber(value)}`;
}

/**
 * A price as stated: `formatPrice(20000, 20000, "GBP", "up-to")` -> "up to £20,000";
 * `formatPrice(3000, 3500, "GBP", "exact")` -> "£3,000–£3,500" (closed-up en dash,
 * each end with its symbol); `formatPrice(500, 1000, "GBP", "around")` -> "around £500–£1,000".
 * Throws when `high` is below `low`, which the validator already rules out.
 */
export function formatPrice(low: number, high: number, currency: Currency, qualifier: Qualifier): string {
  if (high < low) throw new RangeError(`price range ${low}–${high} ends below its start`);
  const amount = low === high ? formatMoney(low, currency) : `${formatMoney(low, currency)}–${formatMoney(high, currency)}`;
  const word = qualifierWord(qualifier);
  return word === "" ? amount : `${word} ${amount}`;
}
