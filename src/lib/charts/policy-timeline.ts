/**
 * Chart: law and policy timeline. Events on one time axis, in a lane per
 * category. At the regular width each event carries its title, stacked in rows
 * so no two labels touch; at the compact width each carries a number, and a
 * key under the axis lists the numbers with their dates and titles in full.
 */
import type { Datasets, PolicyEvent } from "../data/schemas.ts";
import { formatDate } from "../format/dates.ts";
import { chartTable, isCompact, type ChartDefinition, type TableColumn } from "./core/definition.ts";
import type { ChartModel } from "./core/frame.ts";
import { legendRow, type LegendItem } from "./core/legend.ts";
import { markPath } from "./core/marks.ts";
import { el, type SvgNode } from "./core/svg-tree.ts";
import { textWidth, wrapText } from "./core/text.ts";
import { precisionOf, spanBar, spanOf, timeAxis, timeDomain, timeScale } from "./core/time-axis.ts";
import { CATEGORIES, chronological, drawLane } from "./policy-timeline/lanes.ts";

const FONT = { compact: 10, regular: 10 };

/** Each event's number (1-based) in date order. */
export function eventNumbers(events: readonly PolicyEvent[]): Map<string, number> {
  return new Map(chronological(events).map((e, i) => [e.id, i + 1]));
}

/** The key under the axis at the compact width: "3  Dec 2021  NCA social media action plan launched", wrapped with a hanging indent. */
export function keyList(events: readonly PolicyEvent[], top: number, width: number, fontSize: number): { nodes: SvgNode[]; height: number } {
  const lineHeight = fontSize * 1.35;
  const indent = textWidth(String(events.length), fontSize, true) + 6;
  let y = top + fontSize;
  const nodes = chronological(events).map((e, i) => {
    const lines = wrapText(`${formatDate(e.date, "short")}: ${e.title}`, width - indent, fontSize);
    const node = el(
      "g",
      { class: "key-entry" },
      el("text", { x: indent - 6, y, "font-size": fontSize, "font-weight": "bold", "text-anchor": "end" }, String(i + 1)),
      el("text", { x: indent, y, "font-size": fontSize }, ...lines.map((line, k) => el("tspan", { x: indent, dy: k === 0 ? 0 : lineHeight }, line))),
    );
    y += lines.length * lineHeight + 2;
    return node;
  });
  return { nodes, height: y - top - fontSize + 2 };
}

/** Key to the marks: a filled mark for a known day; an open one for a month or year (with its bar when any such bar is wide enough to see). */
function legend(events: readonly PolicyEvent[], spanVisible: boolean): LegendItem[] {
  const exact = events.some((e) => precisionOf(e.date) === "day");
  const partial = events.some((e) => precisionOf(e.date) !== "day");
  const ring = (cx: number, cy: number, size: number) => markPath({ shape: "circle", filled: false, kind: "approximate" }, cx, cy, size * 3, "series-6");
  return [
    ...(exact ? [{ mark: { shape: "circle", filled: true, kind: "exact" }, text: "Exact day", className: "series-6" } as const] : []),
    ...(partial
      ? [
          {
            mark: null,
            text: spanVisible ? "Month or year only: open mark at its middle, bar across it" : "Month or year only: open mark at its middle",
            swatch: (cx: number, cy: number, size: number) => (spanVisible ? [...spanBar(cx - size / 2 - 1, cx + size / 2 + 1, cy, "series-6"), ring(cx, cy, size)] : [ring(cx, cy, size)]),
          },
        ]
      : []),
  ];
}

/** Geometry and SVG for one width. */
export function buildPolicyTimeline(data: Pick<Datasets, "events">, width: number): ChartModel {
  const compact = isCompact(width);
  const fs = compact ? FONT.compact : FONT.regular;
  const events = chronological(data.events);
  if (events.length === 0) throw new Error("policy-timeline: no events to draw");
  const radius = compact ? 4 : 4.5;
  const margin = textWidth("2000", fs) / 2 + 2;
  const x = timeScale(timeDomain(events.map((e) => spanOf(e.date)), 0.01), margin, width - margin);
  const options = { x, width, fontSize: fs, radius, numbered: compact, numbers: eventNumbers(events), labelWidth: 220 };
  let top = 0;
  const lanes = CATEGORIES.flatMap((c) => {
    const inLane = events.filter((e) => e.category === c.id);
    if (inLane.length === 0) return [];
    const lane = drawLane(c, inLane, top, options);
    top += lane.height + 8;
    return [lane.node];
  });
  const axisY = top;
  const legendTop = axisY + fs + 16;
  // A month is narrower than a mark at these widths; say "bar" only when one can be seen.
  const spanVisible = events.some((e) => {
    const span = spanOf(e.date);
    return !span.day && x(span.end) - x(span.start) > radius * 2 + 2;
  });
  const key = legendRow(legend(events, spanVisible), 0, legendTop, width, 10);
  const list = compact ? keyList(events, legendTop + key.height + 8, width, fs) : { nodes: [], height: 0 };
  const height = legendTop + key.height + (compact ? list.height + 12 : 4);
  return {
    width,
    height,
    description: describe(events),
    plot: [...lanes, ...timeAxis(x, { top: axisY, y: axisY, fontSize: fs, width }), el("g", { class: "legend" }, ...key.nodes), el("g", { class: "key" }, ...list.nodes)],
  };
}

/** The <desc> sentence: how many events, the range, the lanes and their counts, the latest event. */
export function describe(events: readonly PolicyEvent[]): string {
  const sorted = chronological(events);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return "No events to show.";
  const lanes = CATEGORIES.map((c) => ({ c, n: events.filter((e) => e.category === c.id).length })).filter((l) => l.n > 0);
  const laneText = lanes.map((l) => `${l.c.label.toLowerCase()} (${l.n})`).join(", ");
  return `${events.length} law, policy and enforcement events on a time axis from ${formatDate(first.date)} to ${formatDate(last.date)}, in ${lanes.length} lanes by category: ${laneText}. The first is ${first.title} (${formatDate(first.date)}); the latest is ${last.title} (${formatDate(last.date)}).`;
}

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
