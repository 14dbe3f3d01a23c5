/**
 * Chart: takedowns of smuggling content reported over time, after National
 * Crime Agency (NCA) referrals.
 *
 * Design, and why:
 * - Two panels on one shared UTC time axis (never a dual axis). Running totals
 *   and figures for a single period answer different questions and must not be
 *   read off one scale, so each gets its own count scale from zero.
 * - Top: each running total is a point at the end of the period it covers
 *   (`endOf(period_end)`). A thin line joins consecutive NCA totals in the same
 *   unit only to guide the eye; it is grey and dashed where the unit changes.
 *   Points are what was published; nothing between them is implied.
 * - Bottom: each period figure is a bar spanning exactly its period
 *   (`startOf(period_start)` to `endOf(period_end)`), with its mark at the end.
 *   Calendar years, the year to June 2024 and the Home Office's July 2024 -
 *   March 2025 then show honestly how long a span they cover, and overlapping
 *   periods visibly overlap (so nobody adds them up). This improves on yearly
 *   bars, which cannot show a non-calendar period at all. The label goes by
 *   the end mark, or before the bar's start when the end is crowded.
 * - Colour shows the unit counted (fixed per unit, named in the legend and, at
 *   the regular width, in every label; at the compact width labels carry the
 *   figure only, and the Home Office figure always names its body); shape and
 *   fill show the qualifier (exact filled, qualified open with ≈ > ≤ ≥ in the
 *   label). Conflicting figures keep both marks, each with a red ring; marks
 *   that would hide each other (the two April 2023 totals) are set a few units
 *   apart rather than merged.
 * - Key events are dashed vertical lines labelled in a band above the plot;
 *   a line breaks around a figure's label rather than run through it.
 * - Labels are placed at build time (`labels.ts`): candidate positions in
 *   order of preference, kept clear of other labels, marks and guide lines,
 *   nudged vertically as a last resort; tests check none overlaps.
 * - Left out, and said so in the notes: shares (a percentage has no place on a
 *   count axis), figures from before the action plan (the 2020 pages given to
 *   the Home Affairs Committee), and Europol's counts, which are not removals.
 *
 * Files: `data.ts` picks the rows and writes the text, `layout.ts` places
 * everything, `labels.ts` is the (generic, separately tested) label-placement
 * helper, `draw.ts` turns the layout into SVG; this file is the definition.
 */
import type { Datasets, PolicyEvent, Takedown } from "../../data/schemas.ts";
import { KEY_EVENTS, REFERRING_BODY, REFERRING_BODY_SHORT } from "../../identity/subjects.ts";
import { formatDate, formatPeriod } from "../../format/dates.ts";
import { aggregationLabel, countingRuleLabel, unitLabel } from "../../format/labels.ts";
import { formatFigure, qualifierWord } from "../../format/numbers.ts";
import { chartTable, type ChartDefinition, type TableColumn } from "../core/definition.ts";
import { qualifierNote } from "../core/legend.ts";
import { conflictPairs, exclusionNote, figureText, keyEvents, periodFigures, runningTotals } from "./data.ts";
import { buildTakedownsOverTime } from "./draw.ts";

export { buildTakedownsOverTime, figureTip, eventTip } from "./draw.ts";
export { layout, labelLines, UNIT_CLASS } from "./layout.ts";
export { conflictPairs, describe, exclusions, keyEvents, latestYear, periodFigures, runningTotals } from "./data.ts";

/** Every takedown row drawn: running totals first, then period figures, each in time order. */
export function drawnTakedowns(data: Pick<Datasets, "takedowns" | "events">): Takedown[] {
  return [...runningTotals(data), ...periodFigures(data)];
}

function conflictCell(row: Takedown, all: readonly Takedown[]): string {
  const byId = new Map(all.map((r) => [r.id, r]));
  return row.conflicts_with
    .map((id) => {
      const other = byId.get(id);
      return other ? figureText(other) : id;
    })
    .join("; ");
}

// No source column here: every chart table ends with the row's source linked (ChartDataTable), with whose release it copies.
function takedownColumns(all: readonly Takedown[]): TableColumn<Takedown>[] {
  return [
    { key: "panel", label: "Shown as", cell: (r) => (r.aggregation === "cumulative" ? "Running total (top)" : "Period figure (bottom)") },
    { key: "period", label: "Period covered", cell: (r) => formatPeriod(r.period_start, r.period_end) },
    { key: "value", label: "Figure as stated", cell: (r) => formatFigure(r.value, r.qualifier, r.unit), numeric: true },
    { key: "qualifier", label: "Qualifier", cell: (r) => qualifierWord(r.qualifier) || "none (exact)" },
    { key: "unit", label: "Unit (colour)", cell: (r) => unitLabel(r.unit) },
    { key: "unit_as_worded", label: "Unit as stated", cell: (r) => r.unit_as_worded },
    { key: "counts", label: "Counts", cell: (r) => `${countingRuleLabel(r.counting_rule)}, ${aggregationLabel(r.aggregation)}` },
    { key: "reporting_body", label: "Reported by", cell: (r) => r.reporting_body },
    { key: "as_worded", label: "As worded by the source", cell: (r) => r.as_worded },
    { key: "conflicts_with", label: "Conflicts with", cell: (r) => conflictCell(r, all) },
  ];
}

const eventColumns: TableColumn<PolicyEvent>[] = [
  { key: "date", label: "Date", cell: (r) => formatDate(r.date) },
  { key: "label", label: "Label on chart", cell: (r) => KEY_EVENTS.find((k) => k.id === r.id)?.regular ?? r.title },
  { key: "title", label: "Event", cell: (r) => r.title },
  { key: "summary", label: "What happened", cell: (r) => r.summary },
];

/** The caveats a reader needs, generated from the rows where they depend on them. */
export function takedownsNotes(data: Pick<Datasets, "takedowns" | "events" | "sources">): string[] {
  const drawn = drawnTakedowns(data);
  const units = [...new Set(drawn.map((r) => unitLabel(r.unit)))];
  const pairs = conflictPairs(drawn).map(([a, b]) => `${figureText(a)} against ${figureText(b)}`);
  const left = exclusionNote(data);
  const shapes = qualifierNote(drawn.map((r) => r.qualifier), "figure");
  return [
    `The unit counted changed between releases (${units.join("; ")}); colour shows it. Totals in different units are not like for like, and the line joining them is dashed.`,
    ...(shapes ? [shapes] : []),
    `Points are figures as published, at the end of the period each covers; the thin line between ${REFERRING_BODY_SHORT} running totals only guides the eye and shows no values between them. Bars in the lower panel span the period each figure covers; where a source words the period only relative to its own date (such as “in the last year”), the span is our reading of those words, as the data's period_basis column records.`,
    "The periods overlap and are parts of the running totals: do not add them up. No figure for 2022 alone was published, and none is estimated here.",
    ...(pairs.length > 0 ? [`Conflicting figures (${REFERRING_BODY_SHORT} unless stated) are both drawn and ringed, never merged or averaged: ${pairs.join("; ")}. Marks that would hide each other are set a little apart.`] : []),
    ...(left ? [left] : []),
  ];
}

export const takedownsOverTime: ChartDefinition = {
  id: "takedowns-over-time",
  title: "Takedowns reported over time",
  summary: `Running totals and per-period counts of smuggling content removed after ${REFERRING_BODY} referrals, in the units and wording each source used, with conflicting figures flagged.`,
  rows: (data) => [
    { dataset: "takedowns", rows: drawnTakedowns(data) },
    { dataset: "events", rows: keyEvents(data.events) },
  ],
  tables: (data) => [
    chartTable("takedowns", `Removals after ${REFERRING_BODY_SHORT} referral as published: running totals, then period figures`, takedownColumns(data.takedowns), drawnTakedowns(data)),
    chartTable("events", "Events marked on the chart", eventColumns, keyEvents(data.events)),
  ],
  build: (data, width) => buildTakedownsOverTime(data, width),
  notes: (data) => takedownsNotes(data),
};
