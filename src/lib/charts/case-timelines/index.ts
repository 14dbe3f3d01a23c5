/**
 * Chart: enforcement cases, step by step. One swimlane per case on a shared
 * time axis: the case's title (wrapped, never cut) and place, its dated steps as
 * marks (a shape and colour per kind of step) each labelled with its kind, a line
 * from the first step to the last, and the last known status with the date it was
 * reported at the end of the row (on a phone, under the title).
 *
 * `data.ts` rows -> series, `layout.ts` geometry, `draw.ts` SVG tree (one lane in `lanes.ts`); this file is the chart's definition.
 */
import type { Case, CaseStep } from "../../data/schemas.ts";
import { formatDate } from "../../format/dates.ts";
import { caseStepLabel } from "../../format/labels.ts";
import { chartTable, type ChartDefinition, type TableColumn } from "../core/definition.ts";
import { precisionOf } from "../core/time-axis.ts";
import { drawnCases, drawnSteps } from "./data.ts";
import { buildCaseTimelines } from "./draw.ts";
import { statusLabel } from "./steps.ts";

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
