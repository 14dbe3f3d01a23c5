/** Advertised-prices rows -> series: which prices are drawn, the panels by currency, the description and the note on the rest. */
import type { Price } from "../../data/schemas.ts";
import { formatPeriod } from "../../format/dates.ts";
import { spanOf } from "../core/time-axis.ts";
import { CURRENCIES, currencyName, itemLabel, measureLabel, priceText, type Currency, type Item } from "./price-text.ts";

/** What a price must be for to be drawn: getting a person into the UK. */
export const DRAWN_ITEMS: readonly Item[] = ["crossing", "entry-via-ireland"];

const byTime = (a: Price, b: Price) => spanOf(a.period_start, a.period_end).mid.getTime() - spanOf(b.period_start, b.period_end).mid.getTime() || a.id.localeCompare(b.id);

/** The rows drawn, in date order (the middle of each period). */
export function drawnPrices(prices: readonly Price[]): Price[] {
  return prices.filter((p) => DRAWN_ITEMS.includes(p.item)).sort(byTime);
}

/** Prices for other things (visas, packages, discounts, prizes): not drawn, named in a note. */
export function otherPrices(prices: readonly Price[]): Price[] {
  return prices.filter((p) => !DRAWN_ITEMS.includes(p.item)).sort(byTime);
}

/** The currencies present, in panel order: never one axis for two currencies. */
export function facets(rows: readonly Price[]): { currency: Currency; rows: Price[] }[] {
  return CURRENCIES.map((currency) => ({ currency, rows: rows.filter((r) => r.currency === currency) })).filter((f) => f.rows.length > 0);
}

function extremes(rows: readonly Price[]): { low: Price; high: Price } | null {
  const [first, ...rest] = rows;
  if (!first) return null;
  return {
    low: rest.reduce((a, b) => (b.low < a.low ? b : a), first),
    high: rest.reduce((a, b) => (b.high > a.high ? b : a), first),
  };
}

const described = (r: Price) => `${priceText(r)} (${measureLabel(r.measure)}, ${formatPeriod(r.period_start, r.period_end, "long")})`;

/** The <desc> sentence: what is shown, the range in each currency, the latest price, and how many prices of other things are left out. */
export function describe(rows: readonly Price[], leftOut = 0): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return "No prices to show.";
  const years = rows.map((r) => Number(r.period_start.slice(0, 4)));
  const perCurrency = facets(rows).map(({ currency, rows: rs }) => {
    const e = extremes(rs);
    if (!e || rs.length === 1) return `${currencyName(currency)}: one price, ${described(rs[0] ?? first)}.`;
    return `${currencyName(currency)}: ${rs.length} prices, the lowest ${described(e.low)} and the highest ${described(e.high)}.`;
  });
  return `Prices per person for getting into the UK, as advertised, quoted to buyers or reporters, or summarised by officials and the press, ${Math.min(...years)} to ${formatPeriod(last.period_end, last.period_end, "long")}, in one panel per currency because nothing is converted. ${perCurrency.join(" ")} The latest is ${described(last)}.${leftOut > 0 ? ` ${leftOut === 1 ? "One price" : `${leftOut} prices`} for other things sold beside them (not a journey) ${leftOut === 1 ? "is" : "are"} not drawn.` : ""}`;
}

/** The note on prices of other things, generated from the rows left out. */
export function otherPricesNote(prices: readonly Price[]): string | null {
  const others = otherPrices(prices);
  if (others.length === 0) return null;
  const list = others.map((r) => `${itemLabel(r.item)} (${priceText(r)}, ${formatPeriod(r.period_start, r.period_end)})`);
  return `Not drawn, because they are not the price of a journey: ${list.join("; ")}. They are in the prices dataset.`;
}
