/**
 * Prices as text and the coded values of prices.csv in plain words, for the
 * advertised-prices chart: the currency symbol always travels with the number,
 * a range keeps both ends, and the qualifier is never dropped.
 */
import type { Price } from "../../data/schemas.ts";
import { formatNumber, qualifierSymbol } from "../../format/numbers.ts";
import { currencySymbol, formatPrice } from "../../format/prices.ts";

export type Currency = Price["currency"];
export type Measure = Price["measure"];
export type Item = Price["item"];

/** Panels in this order, whichever are present. */
export const CURRENCIES: readonly Currency[] = ["GBP", "EUR", "USD"];

const NAMES: Readonly<Record<Currency, string>> = { GBP: "Pounds", EUR: "Euros", USD: "US dollars" };

/** "Pounds (£, GBP)": a facet's heading. */
export function currencyHeading(c: Currency): string {
  return `${NAMES[c]} (${currencySymbol(c)}, ${c})`;
}

export function currencyName(c: Currency): string {
  return NAMES[c];
}

type PriceFields = Pick<Price, "currency" | "low" | "high" | "qualifier">;

/** "£1,500", "£1,500–£6,000": the amount with its currency symbol, no qualifier. */
export function amountText(p: PriceFields): string {
  return formatPrice(p.low, p.high, p.currency, "exact");
}

/** "up to £20,000", "around £500–£1,000": the price in words, as a table or tooltip shows it. */
export function priceText(p: PriceFields): string {
  return formatPrice(p.low, p.high, p.currency, p.qualifier);
}

/** "≤£20,000", "≈£500–1,000": the compact chart label, qualifier as a symbol, the symbol once. */
export function priceLabel(p: PriceFields): string {
  const s = currencySymbol(p.currency);
  const amount = p.high !== p.low ? `${s}${formatNumber(p.low)}–${formatNumber(p.high)}` : `${s}${formatNumber(p.low)}`;
  return `${qualifierSymbol(p.qualifier)}${amount}`;
}

const MEASURES: Readonly<Record<Measure, string>> = {
  advertised: "advertised",
  quoted: "quoted to a buyer or reporter",
  typical: "typical (the usual or standard price)",
  average: "average",
  lowest: "lowest reported",
  highest: "highest reported",
};

export function measureLabel(m: Measure): string {
  return MEASURES[m];
}

/** Colour groups for `measure`: what sellers asked, and what others summarised. */
export interface MeasureGroup {
  readonly measures: readonly Measure[];
  readonly legend: string;
  /** The legend text at the compact width. */
  readonly short: string;
  readonly className: string;
}

export const MEASURE_GROUPS: readonly MeasureGroup[] = [
  { measures: ["advertised"], legend: "In an advert", short: "Advert", className: "series-1" },
  { measures: ["quoted"], legend: "Quoted to a buyer or reporter", short: "Quoted", className: "series-2" },
  { measures: ["typical", "average"], legend: "Typical or average, as reported", short: "Typical or average", className: "series-3" },
  { measures: ["lowest", "highest"], legend: "Lowest or highest, as reported", short: "Lowest or highest", className: "series-4" },
];

export function measureGroup(m: Measure): MeasureGroup {
  const group = MEASURE_GROUPS.find((g) => g.measures.includes(m));
  if (!group) throw new Error(`advertised-prices: no colour group for measure ${m}`);
  return group;
}

const ITEMS: Readonly<Record<Item, string>> = {
  crossing: "a crossing",
  "entry-via-ireland": "entry to the UK via Ireland",
  package: "a package of travel for two, a flat and work",
  visa: "a visa",
  discount: "a discount",
  "referral-prize": "a prize for referring a friend",
};

/** "a crossing", "entry to the UK via Ireland": what a price is for. */
export function itemLabel(i: Item): string {
  return ITEMS[i];
}
