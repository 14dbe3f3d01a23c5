/**
 * Chart: removals after NCA referral per calendar year, beside small boat
 * arrivals per year. Two panels share one year axis (never a dual axis): each
 * panel has its own count scale starting at zero. Removals are labelled with
 * their qualifier and unit, because the unit changed between releases.
 *
 * `data.ts` rows -> series, `layout.ts` geometry, `draw.ts` SVG tree; this file is the chart's definition.
 */
import { REFERRING_BODY } from "../../identity/subjects.ts";
import type { Arrival, Takedown } from "../../data/schemas.ts";
import { formatFigure, formatNumber } from "../../format/numbers.ts";
import { formatPeriod } from "../../format/dates.ts";
import { unitLabel } from "../../format/labels.ts";
import { chartTable, type ChartDefinition, type TableColumn } from "../core/definition.ts";
import { qualifierNote } from "../core/legend.ts";
import { annualRemovals, sortedArrivals } from "./data.ts";
import { buildRemovalsVsArrivals } from "./draw.ts";

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
  // The arrivals panel is drawn on top (layout.ts), so the summary names it first.
  summary: `Small boat arrivals per year in the top panel, above yearly removals after ${REFERRING_BODY} referrals, in the units stated.`,
  rows: (data) => [
    { dataset: "arrivals", rows: sortedArrivals(data.arrivals) },
    { dataset: "takedowns", rows: annualRemovals(data.takedowns).map((r) => r.row) },
  ],
  tables: (data) => [
    chartTable("arrivals", "Small boat arrivals per year (provisional Home Office data as reported by PA)", arrivalColumns, sortedArrivals(data.arrivals)),
    chartTable("takedowns", `Removals after ${REFERRING_BODY} referral, by calendar year`, removalColumns, annualRemovals(data.takedowns).map((r) => r.row)),
  ],
  build: (data, width) => buildRemovalsVsArrivals(data, width),
  notes: (data) => {
    const removals = annualRemovals(data.takedowns);
    const units = [...new Set(removals.map((r) => unitLabel(r.row.unit)))];
    const shapes = qualifierNote(
      removals.map((r) => r.row.qualifier),
      "figure",
      "bar",
    );
    return [
      units.length > 1
        ? `The removals unit changed between releases (${units.join("; ")}), so the bars are not strictly comparable; each bar takes its unit's colour, as in the takedowns chart.`
        : `Every yearly removal figure counts ${units[0] ?? "the same unit"}.`,
      ...(shapes ? [shapes] : []),
      `Yearly removal figures are published for ${removals.map((r) => r.year).join(", ")} only; none exists for 2022 alone, and none is estimated here.`,
      "Removals count content taken down by platforms after a referral; they are not a measure of crossings, and the panels share only their time axis.",
    ];
  },
};
