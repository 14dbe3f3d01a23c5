/**
 * Chart: enforcement cases, step by step. One swimlane per case on a shared
 * time axis: the case's title and place, its dated steps as marks (a shape and
 * colour per kind of step), a line from the first step to the last, and the
 * last known status with the date it was reported at the end of the row.
 */
import type { Case, CaseStep, Datasets } from "../data/schemas.ts";
import { formatDate } from "../format/dates.ts";
import { caseStepLabel } from "../format/labels.ts";
import { chartTable, isCompact, type ChartDefinition, type TableColumn } from "./core/definition.ts";
import type { ChartModel } from "./core/frame.ts";
import { legendRow, type LegendItem } from "./core/legend.ts";
import { markPath } from "./core/marks.ts";
import { el } from "./core/svg-tree.ts";
import { textWidth } from "./core/text.ts";
import { precisionOf, spanBar, spanOf, timeAxis, timeDomain, timeScale } from "./core/time-axis.ts";
import { compareSteps, drawLane, lanesOf, statusWidth, type Lane } from "./case-timelines/lanes.ts";
import { STEP_ORDER, STEP_STYLES, statusLabel, stepLegend } from "./case-timelines/steps.ts";

type CaseData = Pick<Datasets, "cases" | "case_steps">;

const FONT = { compact: 10, regular: 11 };

function legend(lanes: readonly Lane[], compact: boolean): LegendItem[] {
  const kinds = new Set(lanes.flatMap((l) => l.steps.map((s) => s.step)));
  const items: LegendItem[] = STEP_ORDER.filter((k) => kinds.has(k)).map((k) => ({
    mark: { shape: STEP_STYLES[k].shape, filled: true, kind: "exact" },
    text: stepLegend(k),
    className: STEP_STYLES[k].className,
  }));
  const partial = lanes.some((l) => l.steps.some((s) => precisionOf(s.date) !== "day"));
  if (partial) {
    items.push({
      mark: null,
      text: compact ? "Open mark on a bar: month or year only" : "Open mark on a bar: only the month or year is known",
      swatch: (cx, cy, size) => [...spanBar(cx - size / 2 - 1, cx + size / 2 + 1, cy, "series-6"), markPath({ shape: "circle", filled: false, kind: "approximate" }, cx, cy, size * 3, "series-6")],
    });
  }
  return items;
}

/** Geometry and SVG for one width. */
export function buildCaseTimelines(data: CaseData, width: number): ChartModel {
  const compact = isCompact(width);
  const fs = compact ? FONT.compact : FONT.regular;
  const lanes = lanesOf(data.cases, data.case_steps);
  if (lanes.length === 0) throw new Error("case-timelines: no cases to draw");
  const statusX = width - statusWidth(lanes, fs) - 2;
  const radius = compact ? 4 : 4.5;
  const spans = lanes.flatMap((l) => [...l.steps.map((s) => spanOf(s.date)), spanOf(l.kase.status_date)]);
  const x = timeScale(timeDomain(spans, 0.01), textWidth("2000", fs) / 2 + 2, statusX - radius - 12);
  const layout = { x, width, fontSize: fs, compact, statusX, radius };
  let top = 0;
  const nodes = lanes.flatMap((lane) => {
    const drawn = drawLane(lane, top, layout);
    top += drawn.height + (compact ? 12 : 14);
    return drawn.nodes;
  });
  const axisY = top - 6;
  const legendTop = axisY + fs + 20;
  const key = legendRow(legend(lanes, compact), 0, legendTop, width, 10);
  return {
    width,
    height: legendTop + key.height + 4,
    description: describe(lanes),
    plot: [...nodes, ...timeAxis(x, { top: axisY, y: axisY, fontSize: fs, width }), el("g", { class: "legend" }, ...key.nodes)],
  };
}

const when = (s: CaseStep) => formatDate(s.date);

/** The <desc> sentence: how many cases and steps, the range, each case's steps and last status, the latest report. */
export function describe(lanes: readonly Lane[]): string {
  const steps = lanes.flatMap((l) => l.steps);
  const dated = [...steps].sort(compareSteps);
  const first = dated[0];
  const last = dated[dated.length - 1];
  const range = first && last ? `, from ${when(first)} to ${when(last)}` : "";
  const perCase = lanes.map((l) => {
    const list = l.steps.map((s) => `${caseStepLabel(s.step).toLowerCase()} ${when(s)}`).join(", ");
    return `${l.kase.title} (${l.kase.place}): ${list || "no dated steps"}; last known status: ${statusLabel(l.kase.status).toLowerCase()} (reported ${formatDate(l.kase.status_date)}).`;
  });
  return `${lanes.length} enforcement cases, one row each, with ${steps.length} dated steps${range} on a shared time axis. ${perCase.join(" ")}`;
}

const caseColumns: TableColumn<Case>[] = [
  { key: "title", label: "Case", cell: (r) => r.title },
  { key: "place", label: "Place", cell: (r) => r.place },
  { key: "court", label: "Court", cell: (r) => r.court ?? "" },
  { key: "platforms", label: "Platforms", cell: (r) => r.platforms.join(", ") },
  { key: "status", label: "Last known status", cell: (r) => statusLabel(r.status) },
  { key: "status_date", label: "Status reported", cell: (r) => formatDate(r.status_date) },
  { key: "note", label: "Note", cell: (r) => r.note ?? "" },
];

function stepColumns(cases: readonly Case[]): TableColumn<CaseStep>[] {
  const titles = new Map(cases.map((c) => [c.id, c.title]));
  return [
    { key: "case", label: "Case", cell: (r) => titles.get(r.case_id) ?? r.case_id },
    { key: "date", label: "Date", cell: (r) => formatDate(r.date) },
    { key: "precision", label: "Date known to the", cell: (r) => precisionOf(r.date) },
    { key: "step", label: "Step", cell: (r) => caseStepLabel(r.step) },
    { key: "description", label: "What happened", cell: (r) => r.description },
    { key: "note", label: "Note", cell: (r) => r.note ?? "" },
  ];
}

const drawnCases = (data: CaseData) => lanesOf(data.cases, data.case_steps).map((l) => l.kase);
const drawnSteps = (data: CaseData) => lanesOf(data.cases, data.case_steps).flatMap((l) => l.steps);

export const caseTimelines: ChartDefinition = {
  id: "case-timelines",
  title: "Enforcement cases, step by step",
  summary: "Arrests, charges, court hearings, convictions and other dated steps of each enforcement case, one row per case on a shared time axis.",
  rows: (data) => [
    { dataset: "cases", rows: drawnCases(data) },
    { dataset: "case_steps", rows: drawnSteps(data) },
  ],
  tables: (data) => [
    chartTable("cases", "Cases, one row each, with their last known status", caseColumns, drawnCases(data)),
    chartTable("case_steps", "Dated steps of each case, as precise as the sources give them", stepColumns(data.cases), drawnSteps(data)),
  ],
  build: (data, width) => buildCaseTimelines(data, width),
  notes: () => [
    "A step known only to the month or year is an open mark at the middle of that span, on a bar across it; it is not a precise day.",
    "Steps on the same or nearby days are stacked above and below the row's line; their dates are not moved.",
    "A status is the last one we found reported, on the date shown; a later outcome may exist. Charges are allegations until a court decides.",
  ],
};
