/**
 * Chart: law and policy timeline. Events on one time axis, in a lane per
 * category. At the regular width each event carries its title, stacked in rows
 * so no two labels touch; at the compact width each carries a number, and a
 * key under the axis lists the numbers with their dates and titles in full.
 *
 * `data.ts` rows -> series, `layout.ts` geometry, `draw.ts` SVG tree (one lane in `lanes.ts`); this file is the chart's definition.
 */
import type { PolicyEvent } from "../../data/schemas.ts";
import { formatDate } from "../../format/dates.ts";
import { chartTable, type ChartDefinition, type TableColumn } from "../core/definition.ts";
import { precisionOf } from "../core/time-axis.ts";
import { chronological, eventNumbers } from "./data.ts";
import { buildPolicyTimeline } from "./draw.ts";
import { CATEGORIES } from "./lanes.ts";

const columns: TableColumn<PolicyEvent>[] = [
  { key: "number", label: "No.", cell: () => "" },
  { key: "date", label: "Date", cell: (r) => formatDate(r.date) },
  { key: "precision", label: "Date known to the", cell: (r) => precisionOf(r.date) },
  { key: "category", label: "Category", cell: (r) => CATEGORIES.find((c) => c.id === r.category)?.label ?? r.category },
  { key: "title", label: "Event", cell: (r) => r.title },
  { key: "summary", label: "What happened", cell: (r) => r.summary },
  { key: "note", label: "Note", cell: (r) => r.note ?? "" },
];

function tableColumns(events: readonly PolicyEvent[]): TableColumn<PolicyEvent>[] {
  const numbers = eventNumbers(events);
  return columns.map((c) => (c.key === "number" ? { ...c, cell: (r: PolicyEvent) => String(numbers.get(r.id) ?? ""), numeric: true } : c));
}

export const policyTimeline: ChartDefinition = {
  id: "policy-timeline",
  title: "Law and policy timeline",
  summary: "UK law, policy and enforcement steps on online smuggling adverts, with platform-policy and European milestones, in lanes by category on one time axis.",
  rows: (data) => [{ dataset: "events", rows: chronological(data.events) }],
  tables: (data) => [chartTable("events", "Events in date order, numbered as on the chart", tableColumns(data.events), chronological(data.events))],
  build: (data, width) => buildPolicyTimeline(data, width),
  notes: () => [
    "An event known only to the month or year is an open mark at the middle of that span (with a bar across the span where it is wide enough to see); it is not a precise day.",
    "The timeline is a selection of steps bearing on online smuggling adverts, not a complete record of law and policy on migration.",
  ],
};
