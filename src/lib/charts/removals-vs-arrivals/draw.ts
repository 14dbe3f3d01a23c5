/** Removals-vs-arrivals as SVG nodes: two panels of bars on one year axis, unit labels under it, the legend. */
import { scaleLinear } from "d3";
import type { Datasets } from "../../data/schemas.ts";
import { formatFigure, formatFigureShort, formatNumber } from "../../format/numbers.ts";
import { unitLabel } from "../../format/labels.ts";
import { countTicks, valueAxis } from "../core/axes.ts";
import type { ChartModel } from "../core/frame.ts";
import { hitArea } from "../core/hit-area.ts";
import { markStyle, qualifierLegend } from "../core/marks.ts";
import { el, num, type SvgNode } from "../core/svg-tree.ts";
import { textWidth, wrapText } from "../core/text.ts";
import { legendItems, legendRow } from "../core/legend.ts";
import { annualRemovals, describe, sortedArrivals, unitCodes, unitLines, yearsOf } from "./data.ts";
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
/** The compact unit key sits this many font heights under the axis, below the one-letter codes. */
const UNIT_KEY_IN_FONTS = 2.4;

function panelAxis(frame: PanelFrame, maxValue: number, left: number, right: number, fontSize: number, compact: boolean): { y: (v: number) => number; nodes: SvgNode[] } {
  const y = scaleLinear().domain([0, maxValue]).nice(4).range([frame.top + frame.height, frame.top]);
  const nodes: SvgNode[] = [
    el("text", { x: 0, y: frame.top - TITLE_RISE, "font-size": fontSize + 1, "font-weight": "bold" }, frame.title),
    ...valueAxis(countTicks(y, compact), { left, right, fontSize, labelGap: 4, zero: "axis" }),
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
  const legend = legendRow(legendItems(qualifierLegend(removals.map((r) => r.row.qualifier))), 0, 0, width, fontSize);

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
      el("rect", { x: bx, y: by, width: bw, height: arrivalsAxis.y(0) - by, class: "series-1" }),
      fits && el("text", { x: bx + bw / 2, y: by - LABEL_RISE, "font-size": fontSize, "text-anchor": "middle" }, label),
    );
  });

  const removalBars = removals.map(({ row, year }) => {
    const bx = x(year) ?? 0;
    const by = removalsAxis.y(row.value);
    const style = markStyle(row.qualifier);
    const short = formatFigureShort(row.value, row.qualifier, row.unit);
    return el(
      "g",
      { class: "datum", "data-tip": `${year}: ${formatFigure(row.value, row.qualifier, row.unit)} ${row.unit_as_worded} removed after ${REFERRING_BODY_SHORT} referral`, "data-id": row.id },
      hitArea(bx + bw / 2, (by + removalsAxis.y(0)) / 2, width, bw, removalsAxis.y(0) - by),
      el("rect", {
        x: num(bx + 1),
        y: by,
        width: Math.max(0, bw - 2),
        height: removalsAxis.y(0) - by,
        class: `series-2 ${style.filled ? "mark-filled" : "mark-open"}`,
      }),
      el("text", { x: bx + bw / 2, y: by - LABEL_RISE, "font-size": fontSize, "text-anchor": "middle", class: "series-2" }, short),
    );
  });

  // Units under the shared axis, one per removals bar, so no reader compares accounts with posts unknowingly.
  // Narrow bars get a one-letter code, spelled out in a key line under the axis.
  const codes = unitCodes(removals.map((r) => r.row.unit));
  const unitLabels = removals.map(({ row, year }) => {
    const cx = (x(year) ?? 0) + bw / 2;
    const lines = compact ? [codes.get(row.unit) ?? "?"] : unitLines(row.unit);
    return el(
      "text",
      { x: cx, y: axisY + UNIT_LINE_DROP + fontSize, "font-size": fontSize, "text-anchor": "middle", class: "chart-muted" },
      ...lines.map((line, i) => el("tspan", { x: cx, dy: i === 0 ? 0 : fontSize }, line)),
    );
  });
  const unitKey = compact
    ? [
        el(
          "text",
          { x: 0, y: axisY + UNIT_LINE_DROP + fontSize * UNIT_KEY_IN_FONTS, "font-size": fontSize, class: "chart-muted" },
          ...wrapText(`Units: ${[...codes].map(([u, c]) => `${c} = ${unitLabel(u)}`).join("; ")}`, width, fontSize).map((line, i) => el("tspan", { x: 0, dy: i === 0 ? 0 : fontSize * 1.2 }, line)),
        ),
      ]
    : [];

  const yearLabels = years.map((year) =>
    el("text", { x: (x(year) ?? 0) + bw / 2, y: axisY + fontSize + 2, "font-size": fontSize, "text-anchor": "middle" }, compact ? `’${String(year).slice(2)}` : String(year)),
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
      ...unitKey,
      el("g", { transform: `translate(0,${legendTop})` }, ...legend.nodes),
    ],
  };
}
