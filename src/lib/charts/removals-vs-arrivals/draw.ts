/**
 * Removals-vs-arrivals as SVG nodes: two panels of bars on one year axis, unit labels under it, the legend.
 * Colours are the data roles every chart shares (core/roles.ts): arrivals neutral, each removals bar its unit's
 * colour. A qualified removal is an open bar topped by its qualifier's mark (a circle for approximate, a triangle
 * for a lower bound), the same shapes as in the takedowns chart, so "more than 8,000" never reads like "almost".
 */
import { scaleLinear } from "d3";
import type { Datasets } from "../../data/schemas.ts";
import { formatFigure, formatFigureShort, formatNumber } from "../../format/numbers.ts";
import { unitLabel } from "../../format/labels.ts";
import { countTicks, valueAxis } from "../core/axes.ts";
import type { ChartModel } from "../core/frame.ts";
import { hitArea } from "../core/hit-area.ts";
import { markArea, markPath, markStyle, qualifierLegend } from "../core/marks.ts";
import { ARRIVALS_CLASS, UNIT_CLASS } from "../core/roles.ts";
import { el, num, type SvgNode } from "../core/svg-tree.ts";
import { textWidth } from "../core/text.ts";
import { legendItems, legendRow, type LegendItem } from "../core/legend.ts";
import { annualRemovals, describe, sortedArrivals, unitLines, yearsOf, type AnnualRemoval } from "./data.ts";
import { layout, LEGEND_BOTTOM, type PanelFrame } from "./layout.ts";
import { REFERRING_BODY_SHORT } from "../../identity/subjects.ts";

/** Panel titles sit this far above the panel's top. */
const TITLE_RISE = 10;
/** Value labels sit this far above their bar. */
const LABEL_RISE = 4;
/** A bar's value label may overhang the bar by this much before it is dropped. */
const LABEL_OVERHANG = 6;
/** The line under the shared axis where unit labels start. */
const UNIT_LINE_DROP = 14;
/** Count axes aim for this many ticks (d3's nice()), enough to read a bar's height without crowding a short panel. */
const TICK_TARGET = 4;
/** Count labels sit this far left of the plot. */
const AXIS_LABEL_GAP = 4;
/** Removals bars are inset this much on each side of their band, so an open bar's stroke stays inside it. */
const BAR_INSET = 1;
/** Year labels sit this far below the axis line, under its baseline. */
const YEAR_LABEL_DROP = 2;
/** The qualifier mark on a bar's top: about this radius in font sizes, as big as the legend's marks. */
const CAP_RADIUS_IN_FONTS = 0.45;

function panelAxis(frame: PanelFrame, maxValue: number, left: number, right: number, fontSize: number, compact: boolean): { y: (v: number) => number; nodes: SvgNode[] } {
  const y = scaleLinear().domain([0, maxValue]).nice(TICK_TARGET).range([frame.top + frame.height, frame.top]);
  const nodes: SvgNode[] = [
    el("text", { x: 0, y: frame.top - TITLE_RISE, "font-size": fontSize + 1, "font-weight": "bold" }, frame.title),
    ...valueAxis(countTicks(y, compact), { left, right, fontSize, labelGap: AXIS_LABEL_GAP, zero: "axis" }),
  ];
  return { y, nodes };
}

/** Geometry and SVG for one width. */
export function buildRemovalsVsArrivals(data: Pick<Datasets, "arrivals" | "takedowns">, width: number): ChartModel {
  const arrivals = sortedArrivals(data.arrivals);
  const removals = annualRemovals(data.takedowns);
  if (arrivals.length === 0) throw new Error("removals-vs-arrivals: no arrivals rows to draw");
  const years = yearsOf(arrivals, removals);
  const { compact, fontSize, left, right, x, top, bottom, axisY, legendTop } = layout(width, years);
  const bw = x.bandwidth();
  const legend = legendRow(legendFor(removals, compact), 0, 0, width, fontSize);

  const arrivalsAxis = panelAxis(top, Math.max(...arrivals.map((a) => a.arrivals)), left, right, fontSize, compact);
  const removalsAxis = panelAxis(bottom, Math.max(1, ...removals.map((r) => r.row.value)), left, right, fontSize, compact);

  const arrivalBars = arrivals.map((a) => {
    const bx = x(a.year) ?? 0;
    const by = arrivalsAxis.y(a.arrivals);
    const label = formatNumber(a.arrivals);
    const fits = textWidth(label, fontSize) <= bw + LABEL_OVERHANG;
    return el(
      "g",
      { class: "datum", "data-tip": `${a.year}: ${label} people arrived by small boat (${a.status})`, "data-id": a.id },
      hitArea(bx + bw / 2, (by + arrivalsAxis.y(0)) / 2, width, bw, arrivalsAxis.y(0) - by),
      el("rect", { x: bx, y: by, width: bw, height: arrivalsAxis.y(0) - by, class: ARRIVALS_CLASS }),
      fits && el("text", { x: bx + bw / 2, y: by - LABEL_RISE, "font-size": fontSize, "text-anchor": "middle" }, label),
    );
  });

  const capRadius = fontSize * CAP_RADIUS_IN_FONTS;
  const removalBars = removals.map(({ row, year }) => {
    const bx = x(year) ?? 0;
    const by = removalsAxis.y(row.value);
    const style = markStyle(row.qualifier);
    const colour = UNIT_CLASS[row.unit];
    const short = formatFigureShort(row.value, row.qualifier, row.unit);
    // A qualified bar's label clears the mark on its top.
    const labelY = by - LABEL_RISE - (style.filled ? 0 : capRadius * 2);
    const tip = `${year}: ${formatFigure(row.value, row.qualifier, row.unit)} ${row.unit_as_worded} removed after ${REFERRING_BODY_SHORT} referral (unit: ${unitLabel(row.unit)})`;
    return el(
      "g",
      { class: "datum", "data-tip": tip, "data-id": row.id, "data-unit": row.unit },
      hitArea(bx + bw / 2, (by + removalsAxis.y(0)) / 2, width, bw, removalsAxis.y(0) - by),
      el("rect", {
        x: num(bx + BAR_INSET),
        y: by,
        width: Math.max(0, bw - 2 * BAR_INSET),
        height: removalsAxis.y(0) - by,
        class: `${colour} ${style.filled ? "mark-filled" : "mark-open"}`,
      }),
      !style.filled && markPath(style, bx + bw / 2, by, markArea(capRadius), colour),
      el("text", { x: bx + bw / 2, y: labelY, "font-size": fontSize, "text-anchor": "middle", class: colour }, short),
    );
  });

  // Units under the shared axis, one per removals bar in the bar's colour, so no reader compares accounts with posts
  // unknowingly. A phone's bars are too narrow for the words: there the legend names each unit's colour instead.
  const unitLabels = compact
    ? []
    : removals.map(({ row, year }) => {
        const cx = (x(year) ?? 0) + bw / 2;
        return el(
          "text",
          { x: cx, y: axisY + UNIT_LINE_DROP + fontSize, "font-size": fontSize, "text-anchor": "middle", class: UNIT_CLASS[row.unit] },
          ...unitLines(row.unit).map((line, i) => el("tspan", { x: cx, dy: i === 0 ? 0 : fontSize }, line)),
        );
      });

  const yearLabels = years.map((year) =>
    el("text", { x: (x(year) ?? 0) + bw / 2, y: axisY + fontSize + YEAR_LABEL_DROP, "font-size": fontSize, "text-anchor": "middle" }, compact ? `’${String(year).slice(2)}` : String(year)),
  );

  return {
    width,
    height: legendTop + legend.height + LEGEND_BOTTOM,
    description: describe(arrivals, removals),
    plot: [
      ...arrivalsAxis.nodes,
      ...removalsAxis.nodes,
      el("g", { class: "bars" }, ...arrivalBars),
      el("g", { class: "bars" }, ...removalBars),
      ...yearLabels,
      ...unitLabels,
      el("g", { transform: `translate(0,${legendTop})` }, ...legend.nodes),
    ],
  };
}

/**
 * Wide enough for words under the bars: the legend keys the qualifier marks (in the neutral colour: shape, not
 * colour, is what they key). On a phone: the units' colours, in order of first use (the value labels carry the
 * qualifier symbols, and the notes say what the marks mean).
 */
function legendFor(removals: readonly AnnualRemoval[], compact: boolean): LegendItem[] {
  if (!compact) return legendItems(qualifierLegend(removals.map((r) => r.row.qualifier)), ARRIVALS_CLASS);
  const units = [...new Set(removals.map((r) => r.row.unit))];
  return units.map((unit) => ({ mark: { shape: "square", filled: true, kind: "exact" }, text: unitLabel(unit), className: UNIT_CLASS[unit] }));
}
