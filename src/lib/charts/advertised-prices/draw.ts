/** Advertised prices as SVG nodes: one panel per currency (see `panels.ts`) and the legend. */
import type { Datasets, Price } from "../../data/schemas.ts";
import { isCompact } from "../core/definition.ts";
import type { ChartModel } from "../core/frame.ts";
import { legendRow, type LegendItem } from "../core/legend.ts";
import { qualifierLegend } from "../core/marks.ts";
import { el } from "../core/svg-tree.ts";
import { spanBar, spanOf } from "../core/time-axis.ts";
import { describe, drawnPrices, otherPrices } from "./data.ts";
import { layout } from "./layout.ts";
import { pricePanel, rangeBar } from "./panels.ts";
import { MEASURE_GROUPS } from "./price-text.ts";

/** Below the legend so its last row is not clipped. */
const LEGEND_BOTTOM = 4;

function legend(rows: readonly Price[], width: number): LegendItem[] {
  const compact = isCompact(width);
  const measures = new Set(rows.map((r) => r.measure));
  const colours: LegendItem[] = MEASURE_GROUPS.filter((g) => g.measures.some((m) => measures.has(m))).map((g) => ({
    mark: { shape: "circle", filled: true, kind: "exact" },
    text: compact ? g.short : g.legend,
    className: g.className,
  }));
  // On a phone the key keeps the colours, which nothing else on the chart explains; labels carry the qualifier's
  // symbol, and the notes say what the shapes, range bars and period bars mean.
  if (compact) return colours;
  const shapes: LegendItem[] = qualifierLegend(rows.map((r) => r.qualifier)).map((s) => ({ mark: s, text: s.legend, className: "series-6" }));
  const hasRange = rows.some((r) => r.low !== r.high);
  const hasSpan = rows.some((r) => !spanOf(r.period_start, r.period_end).day);
  const extra: LegendItem[] = [
    ...(hasRange
      ? [{ mark: null, text: "Range: low to high price", swatch: (cx: number, cy: number, size: number) => rangeBar(cx, cy - size / 2 - 1, cy + size / 2 + 1, "series-6", true) }]
      : []),
    ...(hasSpan ? [{ mark: null, text: "Period the price is dated to (mark at its middle)", swatch: (cx: number, cy: number, size: number) => spanBar(cx - size / 2, cx + size / 2, cy, "series-6") }] : []),
  ];
  return [...colours, ...shapes, ...extra];
}

/** Geometry and SVG for one width. */
export function buildAdvertisedPrices(data: Pick<Datasets, "prices">, width: number): ChartModel {
  const rows = drawnPrices(data.prices);
  if (rows.length === 0) throw new Error("advertised-prices: no prices to draw");
  const { compact, fontSize: fs, left, right, x, panels, legendTop } = layout(rows, width);
  const style = { left, right, fontSize: fs, compact, width };
  const key = legendRow(legend(rows, width), 0, legendTop, width, fs);
  return {
    width,
    height: legendTop + key.height + LEGEND_BOTTOM,
    description: describe(rows, otherPrices(data.prices).length),
    plot: [...panels.map((p, i) => pricePanel(p, x, style, i === panels.length - 1)), el("g", { class: "legend" }, ...key.nodes)],
  };
}
