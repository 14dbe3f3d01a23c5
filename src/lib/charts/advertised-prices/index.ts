/**
 * Chart: advertised and quoted prices over time. Prices stay in the currency
 * the source used, one panel per currency on a shared time axis, each panel
 * with its own scale: nothing is converted, so panels are not compared by
 * height. Only prices for getting into the UK (a crossing, or entry via
 * Ireland) are drawn; prices of other things sold beside them are named in a
 * note instead, because they are not the price of a journey.
 *
 * `data.ts` rows -> series, `layout.ts` geometry, `draw.ts` SVG tree (one panel in `panels.ts`); this file is the chart's definition.
 */
import type { Price } from "../../data/schemas.ts";
import { formatPeriod } from "../../format/dates.ts";
import { chartTable, type ChartDefinition, type TableColumn } from "../core/definition.ts";
import { qualifierNote } from "../core/legend.ts";
import { drawnPrices, otherPricesNote } from "./data.ts";
import { buildAdvertisedPrices } from "./draw.ts";
import { itemLabel, measureLabel, priceText } from "./price-text.ts";

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

export const advertisedPrices: ChartDefinition = {
  id: "advertised-prices",
  title: "Advertised and quoted prices over time",
  summary: "Prices per person for getting into the UK, as advertised on social media, quoted or reported by officials, in the currency each source used.",
  rows: (data) => [{ dataset: "prices", rows: drawnPrices(data.prices) }],
  tables: (data) => [chartTable("prices", "Prices per person for getting into the UK, in the currency reported (nothing converted)", columns, drawnPrices(data.prices))],
  build: (data, width) => buildAdvertisedPrices(data, width),
  notes: (data) => {
    const other = otherPricesNote(data.prices);
    const drawn = drawnPrices(data.prices);
    const shapes = qualifierNote(drawn.filter((r) => r.low === r.high).map((r) => r.qualifier), "price");
    return [
      "Prices are shown in the currency each source used, one panel per currency with its own scale; nothing is converted, so heights are not comparable between panels.",
      ...(shapes ? [shapes] : []),
      "A price reported for a month, a year or a span of days is placed at the middle of that period, with a thin bar across the whole period wherever it is wider than the mark.",
      ...(drawn.some((r) => r.low !== r.high) ? ["A range is drawn as a bar from its low to its high price with a cap at each end, filled when exact and open when qualified."] : []),
      "Adverts, quotes and officials' averages or extremes are different measures; some rows sit in the nearest category (see the table).",
      "Where labels would overlap, a price is shown by its mark alone; its tooltip and the table give every price as stated.",
      ...(other ? [other] : []),
    ];
  },
};
