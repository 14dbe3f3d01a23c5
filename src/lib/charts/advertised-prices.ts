/**
 * Chart: advertised and quoted prices over time. Prices stay in the currency
 * the source used, one panel per currency on a shared time axis, each panel
 * with its own scale: nothing is converted, so panels are not compared by
 * height. Only prices for getting into the UK (a crossing, or entry via
 * Ireland) are drawn; prices of other things sold beside them are named in a
 * note instead, because they are not the price of a journey.
 */
import type { Datasets, Price } from "../data/schemas.ts";
import { formatPeriod } from "../format/dates.ts";
import { chartTable, isCompact, type ChartDefinition, type TableColumn } from "./core/definition.ts";
import type { ChartModel } from "./core/frame.ts";
import { legendRow, type LegendItem } from "./core/legend.ts";
import { qualifierLegend, type MarkKind } from "./core/marks.ts";
import { el } from "./core/svg-tree.ts";
import { spanBar, spanOf, timeDomain, timeScale } from "./core/time-axis.ts";
import { pricePanel, rangeBar, type PanelSpec } from "./advertised-prices/panels.ts";
import { CURRENCIES, currencyName, itemLabel, MEASURE_GROUPS, measureLabel, priceText, type Currency, type Item } from "./advertised-prices/price-text.ts";

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

const FONT = { compact: 10, regular: 11 };

function panelHeight(count: number, compact: boolean): number {
  if (count >= 6) return compact ? 200 : 230;
  return count >= 2 ? (compact ? 100 : 110) : compact ? 60 : 70;
}

const SHORT_QUALIFIER: Readonly<Record<MarkKind, string>> = {
  exact: "Exact",
  approximate: "≈ Around",
  "lower-bound": "> More than",
  "upper-bound": "≤ Up to",
  "starting-point": "≥ From",
};

function legend(rows: readonly Price[], width: number): LegendItem[] {
  const compact = isCompact(width);
  const measures = new Set(rows.map((r) => r.measure));
  const colours: LegendItem[] = MEASURE_GROUPS.filter((g) => g.measures.some((m) => measures.has(m))).map((g) => ({
    mark: { shape: "circle", filled: true, kind: "exact" },
    text: compact ? g.short : g.legend,
    className: g.className,
  }));
  const shapes: LegendItem[] = qualifierLegend(rows.map((r) => r.qualifier)).map((s) => ({ mark: s, text: compact ? SHORT_QUALIFIER[s.kind] : s.legend, className: "series-6" }));
  const hasRange = rows.some((r) => r.low !== r.high);
  const hasSpan = rows.some((r) => !spanOf(r.period_start, r.period_end).day);
  const extra: LegendItem[] = [
    ...(hasRange
      ? [{ mark: null, text: "Range: low to high price", swatch: (cx: number, cy: number, size: number) => rangeBar(cx, cy - size / 2 - 1, cy + size / 2 + 1, "series-6", true) }]
      : []),
    ...(hasSpan ? [{ mark: null, text: compact ? "Period of the price (mark at its middle)" : "Period the price is dated to (mark at its middle)", swatch: (cx: number, cy: number, size: number) => spanBar(cx - size / 2, cx + size / 2, cy, "series-6") }] : []),
  ];
  return [...colours, ...shapes, ...extra];
}

/** Geometry and SVG for one width. */
export function buildAdvertisedPrices(data: Pick<Datasets, "prices">, width: number): ChartModel {
  const compact = isCompact(width);
  const fs = compact ? FONT.compact : FONT.regular;
  const rows = drawnPrices(data.prices);
  if (rows.length === 0) throw new Error("advertised-prices: no prices to draw");
  const left = compact ? 40 : 60;
  const right = width - 10;
  const x = timeScale(timeDomain(rows.map((r) => spanOf(r.period_start, r.period_end))), left + 6, right - 6);
  const style = { left, right, fontSize: fs, compact, width };
  const gap = fs * 2 + 20;
  let top = fs + 18;
  const panels = facets(rows).map((f) => {
    const spec: PanelSpec = { currency: f.currency, rows: f.rows, top, height: panelHeight(f.rows.length, compact) };
    top += spec.height + gap;
    return spec;
  });
  const lastBottom = top - gap;
  const legendTop = lastBottom + fs + 20;
  const key = legendRow(legend(rows, width), 0, legendTop, width, compact ? 10 : fs - 1);
  return {
    width,
    height: legendTop + key.height + 4,
    description: describe(rows, otherPrices(data.prices).length),
    plot: [...panels.map((p, i) => pricePanel(p, x, style, i === panels.length - 1)), el("g", { class: "legend" }, ...key.nodes)],
  };
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

const columns: TableColumn<Price>[] = [
  { key: "period", label: "Period", cell: (r) => formatPeriod(r.period_start, r.period_end) },
  { key: "price", label: "Price (as stated)", cell: (r) => priceText(r), numeric: true },
  { key: "currency", label: "Currency", cell: (r) => r.currency },
  { key: "qualifier", label: "Qualifier", cell: (r) => r.qualifier },
  { key: "measure", label: "Measure", cell: (r) => measureLabel(r.measure) },
  { key: "item", label: "Price of", cell: (r) => itemLabel(r.item) },
  { key: "platforms", label: "Platforms", cell: (r) => r.platforms.join(", ") },
  { key: "as_worded", label: "As worded", cell: (r) => r.as_worded },
  { key: "note", label: "Note", cell: (r) => r.note ?? "" },
];

/** The note on prices of other things, generated from the rows left out. */
export function otherPricesNote(prices: readonly Price[]): string | null {
  const others = otherPrices(prices);
  if (others.length === 0) return null;
  const list = others.map((r) => `${itemLabel(r.item)} (${priceText(r)}, ${formatPeriod(r.period_start, r.period_end)})`);
  return `Not drawn, because they are not the price of a journey: ${list.join("; ")}. They are in the prices dataset.`;
}

export const advertisedPrices: ChartDefinition = {
  id: "advertised-prices",
  title: "Advertised and quoted prices over time",
  summary: "Prices per person for getting into the UK, as advertised on social media, quoted or reported by officials, in the currency each source used.",
  rows: (data) => [{ dataset: "prices", rows: drawnPrices(data.prices) }],
  tables: (data) => [chartTable("prices", "Prices per person for getting into the UK, in the currency reported (nothing converted)", columns, drawnPrices(data.prices))],
  build: (data, width) => buildAdvertisedPrices(data, width),
  notes: (data) => {
    const other = otherPricesNote(data.prices);
    return [
      "Prices are shown in the currency each source used, one panel per currency with its own scale; nothing is converted, so heights are not comparable between panels.",
      "A price reported for a month, a year or a span of days is placed at the middle of that period, with a thin bar across the whole period wherever it is wider than the mark.",
      "Adverts, quotes and officials' averages or extremes are different measures; some rows sit in the nearest category (see the table).",
      "Where labels would overlap, a price is shown by its mark alone; its tooltip and the table give every price as stated.",
      ...(other ? [other] : []),
    ];
  },
};
