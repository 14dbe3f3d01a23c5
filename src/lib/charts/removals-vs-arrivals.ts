/**
 * Chart: removals after NCA referral per calendar year, beside small boat
 * arrivals per year. Two panels share one year axis (never a dual axis): each
 * panel has its own count scale starting at zero. Removals are labelled with
 * their qualifier and unit, because the unit changed between releases.
 */
import { scaleBand, scaleLinear } from "d3";
import { REFERRING_BODY } from "../identity/subjects.ts";
import { calendarYearOf } from "../data/partial-date.ts";
import type { Arrival, Datasets, Takedown } from "../data/schemas.ts";
import { formatFigure, formatFigureShort, formatNumber } from "../format/numbers.ts";
import { formatPeriod } from "../format/dates.ts";
import { unitLabel } from "../format/labels.ts";
import { countTicks, valueAxis } from "./core/axes.ts";
import { chartTable, isCompact, type ChartDefinition, type TableColumn } from "./core/definition.ts";
import type { ChartModel } from "./core/frame.ts";
import { markStyle, qualifierLegend } from "./core/marks.ts";
import { el, num, type SvgNode } from "./core/svg-tree.ts";
import { textWidth } from "./core/text.ts";
import { legendItems, legendRow } from "./core/legend.ts";

export interface AnnualRemoval {
  readonly row: Takedown;
  readonly year: number;
}

/** NCA removals after referral whose period is exactly one calendar year. */
export function annualRemovals(takedowns: readonly Takedown[]): AnnualRemoval[] {
  return takedowns
    .filter((t) => t.reporting_body === REFERRING_BODY && t.counting_rule === "removed-after-referral" && t.aggregation === "period")
    .flatMap((row) => {
      const year = calendarYearOf(row.period_start, row.period_end);
      return year === null ? [] : [{ row, year }];
    })
    .sort((a, b) => a.year - b.year);
}

function sortedArrivals(arrivals: readonly Arrival[]): Arrival[] {
  return [...arrivals].sort((a, b) => a.year - b.year);
}

const FONT = { compact: 10, regular: 11 };

interface PanelFrame {
  readonly top: number;
  readonly height: number;
  readonly title: string;
}

function panelAxis(frame: PanelFrame, maxValue: number, left: number, right: number, fontSize: number, compact: boolean): { y: (v: number) => number; nodes: SvgNode[] } {
  const y = scaleLinear().domain([0, maxValue]).nice(4).range([frame.top + frame.height, frame.top]);
  const nodes: SvgNode[] = [
    el("text", { x: 0, y: frame.top - 10, "font-size": fontSize + 1, "font-weight": "bold" }, frame.title),
    ...valueAxis(countTicks(y, compact), { left, right, fontSize, labelGap: 4, zero: "axis" }),
  ];
  return { y, nodes };
}

/** Geometry and SVG for one width. */
export function buildRemovalsVsArrivals(data: Pick<Datasets, "arrivals" | "takedowns">, width: number): ChartModel {
  const compact = isCompact(width);
  const fontSize = compact ? FONT.compact : FONT.regular;
  const arrivals = sortedArrivals(data.arrivals);
  const removals = annualRemovals(data.takedowns);
  if (arrivals.length === 0) throw new Error("removals-vs-arrivals: no arrivals rows to draw");
  const years = [...new Set([...arrivals.map((a) => a.year), ...removals.map((r) => r.year)])].sort((a, b) => a - b);

  const left = compact ? 40 : 56;
  const right = width - 8;
  const x = scaleBand<number>().domain(years).range([left, right]).padding(0.2);
  const bw = x.bandwidth();
  const legend = legendRow(legendItems(qualifierLegend(removals.map((r) => r.row.qualifier))), 0, 0, width, fontSize);

  const top = { top: 24, height: compact ? 110 : 150, title: "People arriving by small boat" };
  const bottomTop = top.top + top.height + 56;
  const bottom = { top: bottomTop, height: compact ? 110 : 150, title: "Removed after NCA referral (unit as stated)" };
  const axisY = bottom.top + bottom.height;
  const legendTop = axisY + 26 + fontSize * (compact ? 3 : 2.4);

  const arrivalsAxis = panelAxis(top, Math.max(...arrivals.map((a) => a.arrivals)), left, right, fontSize, compact);
  const removalsAxis = panelAxis(bottom, Math.max(1, ...removals.map((r) => r.row.value)), left, right, fontSize, compact);

  const arrivalBars = arrivals.map((a) => {
    const bx = x(a.year) ?? 0;
    const by = arrivalsAxis.y(a.arrivals);
    const label = formatNumber(a.arrivals);
    const fits = textWidth(label, fontSize - 1) <= bw + 6;
    return el(
      "g",
      { class: "datum", "data-tip": `${a.year}: ${label} people arrived by small boat (${a.status})`, "data-id": a.id },
      el("rect", { x: bx, y: by, width: bw, height: arrivalsAxis.y(0) - by, class: "series-1" }),
      fits && el("text", { x: bx + bw / 2, y: by - 4, "font-size": fontSize - 1, "text-anchor": "middle" }, label),
    );
  });

  const removalBars = removals.map(({ row, year }) => {
    const bx = x(year) ?? 0;
    const by = removalsAxis.y(row.value);
    const style = markStyle(row.qualifier);
    const short = formatFigureShort(row.value, row.qualifier, row.unit);
    return el(
      "g",
      { class: "datum", "data-tip": `${year}: ${formatFigure(row.value, row.qualifier, row.unit)} ${row.unit_as_worded} removed after NCA referral`, "data-id": row.id },
      el("rect", {
        x: num(bx + 1),
        y: by,
        width: Math.max(0, bw - 2),
        height: removalsAxis.y(0) - by,
        class: `series-2 ${style.filled ? "mark-filled" : "mark-open"}`,
      }),
      el("text", { x: bx + bw / 2, y: by - 4, "font-size": fontSize - 1, "text-anchor": "middle", class: "series-2" }, short),
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
      { x: cx, y: axisY + 14 + fontSize, "font-size": fontSize - 2, "text-anchor": "middle", class: "chart-muted" },
      ...lines.map((line, i) => el("tspan", { x: cx, dy: i === 0 ? 0 : fontSize - 1 }, line)),
    );
  });
  const unitKey = compact
    ? [el("text", { x: left, y: axisY + 14 + fontSize * 2.4, "font-size": fontSize - 1, class: "chart-muted" }, `Units: ${[...codes].map(([u, c]) => `${c} = ${unitLabel(u)}`).join("; ")}`)]
    : [];

  const yearLabels = years.map((year) =>
    el("text", { x: (x(year) ?? 0) + bw / 2, y: axisY + fontSize + 2, "font-size": fontSize, "text-anchor": "middle" }, compact ? `’${String(year).slice(2)}` : String(year)),
  );

  const height = legendTop + legend.height + 4;
  return {
    width,
    height,
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

/** A one-letter code per unit present: the unit's initial, upper-cased ("A" accounts, "P" posts, pages and accounts). */
function unitCodes(units: readonly Takedown["unit"][]): Map<Takedown["unit"], string> {
  const codes = new Map<Takedown["unit"], string>();
  for (const unit of units) {
    if (codes.has(unit)) continue;
    const initial = unitLabel(unit).charAt(0).toUpperCase();
    const taken = [...codes.values()].filter((c) => c.startsWith(initial)).length;
    codes.set(unit, taken === 0 ? initial : `${initial}${taken + 1}`);
  }
  return codes;
}

function unitLines(unit: Takedown["unit"]): string[] {
  return unit === "posts-pages-accounts" ? ["posts, pages", "& accounts"] : [unitLabel(unit)];
}

/** The <desc> sentence: what is shown, the range, the latest values. */
export function describe(arrivals: readonly Arrival[], removals: readonly AnnualRemoval[]): string {
  const first = arrivals[0];
  const last = arrivals[arrivals.length - 1];
  const peak = arrivals.reduce((a, b) => (b.arrivals > a.arrivals ? b : a));
  const arrivalsText =
    first && last
      ? `Top panel: people arriving in the UK by small boat each year, from ${formatNumber(first.arrivals)} in ${first.year} to ${formatNumber(last.arrivals)} in ${last.year}; the highest was ${formatNumber(peak.arrivals)} in ${peak.year}.`
      : "";
  const removalsText =
    removals.length === 0
      ? "Bottom panel: no yearly removal figures are published."
      : `Bottom panel: social media content removed after National Crime Agency referrals, published for ${removals.map((r) => r.year).join(", ")} only: ${removals
          .map((r) => `${formatFigure(r.row.value, r.row.qualifier, r.row.unit)} ${r.row.unit_as_worded} in ${r.year}`)
          .join("; ")}.`;
  return `Two panels sharing one year axis. ${arrivalsText} ${removalsText}`;
}

const arrivalColumns: TableColumn<Arrival>[] = [
  { key: "year", label: "Year", cell: (r) => String(r.year) },
  { key: "arrivals", label: "People arriving by small boat", cell: (r) => formatNumber(r.arrivals), numeric: true },
  { key: "people_per_boat", label: "Average people per boat", cell: (r) => (r.people_per_boat === null ? "" : formatNumber(r.people_per_boat)), numeric: true },
  { key: "status", label: "Status", cell: (r) => r.status },
];

const removalColumns: TableColumn<Takedown>[] = [
  { key: "period", label: "Year", cell: (r) => formatPeriod(r.period_start, r.period_end) },
  { key: "value", label: "Removed (as stated)", cell: (r) => formatFigure(r.value, r.qualifier, r.unit), numeric: true },
  { key: "qualifier", label: "Qualifier", cell: (r) => r.qualifier },
  { key: "unit_as_worded", label: "Unit as stated", cell: (r) => r.unit_as_worded },
  { key: "reporting_body", label: "Reported by", cell: (r) => r.reporting_body },
];

export const removalsVsArrivals: ChartDefinition = {
  id: "removals-vs-arrivals",
  title: "Removals of smuggling content each year, beside small boat arrivals",
  summary: "Yearly removals after National Crime Agency referrals, in the units stated, above a panel of small boat arrivals per year.",
  rows: (data) => [
    { dataset: "arrivals", rows: sortedArrivals(data.arrivals) },
    { dataset: "takedowns", rows: annualRemovals(data.takedowns).map((r) => r.row) },
  ],
  tables: (data) => [
    chartTable("arrivals", "Small boat arrivals per year (provisional Home Office data as reported by PA)", arrivalColumns, sortedArrivals(data.arrivals)),
    chartTable("takedowns", "Removals after National Crime Agency referral, by calendar year", removalColumns, annualRemovals(data.takedowns).map((r) => r.row)),
  ],
  build: (data, width) => buildRemovalsVsArrivals(data, width),
  notes: (data) => [
    `Yearly removal figures are published for ${annualRemovals(data.takedowns)
      .map((r) => r.year)
      .join(", ")} only; none exists for 2022 alone, and none is estimated here.`,
    "The removals unit changed between releases (accounts; accounts, pages and posts), so the bars are not strictly comparable.",
    "Removals count content taken down by platforms after a referral; they are not a measure of crossings, and the panels share only their time axis.",
  ],
};
