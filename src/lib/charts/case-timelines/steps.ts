/** How each kind of case step is drawn, and case statuses in plain words, for the case-timelines chart. */
import type { Case, CaseStep } from "../../data/schemas.ts";
import { caseStepLabel } from "../../format/labels.ts";
import { formatDate } from "../../format/dates.ts";
import type { MarkStyle } from "../core/marks.ts";
import { precisionNote } from "../core/time-axis.ts";

export type StepKind = CaseStep["step"];
export type CaseStatus = Case["status"];

export interface StepStyle {
  readonly shape: MarkStyle["shape"];
  readonly className: string;
}

/** Shape and colour per step kind: no two kinds look alike; legal steps warm, enforcement blue, reports grey. */
export const STEP_STYLES: Readonly<Record<StepKind, StepStyle>> = {
  arrest: { shape: "circle", className: "series-1" },
  charge: { shape: "square", className: "series-2" },
  "court-appearance": { shape: "diamond", className: "series-4" },
  plea: { shape: "triangle-up", className: "series-4" },
  conviction: { shape: "triangle-up", className: "series-5" },
  sentence: { shape: "triangle-down", className: "series-5" },
  deportation: { shape: "diamond", className: "series-3" },
  "page-closed": { shape: "square", className: "series-3" },
  reported: { shape: "circle", className: "series-6" },
};

/** The order of the schema's values, which is the usual order of a case (it breaks ties between overlapping dates). */
export const STEP_ORDER: readonly StepKind[] = ["arrest", "charge", "court-appearance", "plea", "conviction", "sentence", "deportation", "page-closed", "reported"];

const STATUSES: Readonly<Record<CaseStatus, string>> = {
  arrested: "Arrested",
  charged: "Charged",
  "awaiting-sentence": "Awaiting sentence",
  sentenced: "Sentenced",
  deported: "Deported",
  "closed-by-admins": "Closed by its admins",
  unknown: "Status unknown",
};

/** `awaiting-sentence` -> "Awaiting sentence". */
export function statusLabel(status: CaseStatus): string {
  return STATUSES[status];
}

/** A step's direct label beside its mark: its kind; "Status reported" for a report, which is not a legal step. */
export function stepLabel(kind: StepKind): string {
  return kind === "reported" ? "Status reported" : caseStepLabel(kind);
}

/** "Arrest, April 2023 (only the month is known): The two men were arrested…" */
export function stepTip(step: CaseStep): string {
  const note = precisionNote(step.date);
  return `${caseStepLabel(step.step)}, ${formatDate(step.date)}${note ? ` (${note})` : ""}: ${step.description}`;
}

/** "Preston smuggler… (Preston). Last known status: sentenced, as reported on 8 November 2024." */
export function caseTip(c: Case): string {
  return `${c.title} (${c.place}). Last known status: ${statusLabel(c.status).toLowerCase()}, as reported on ${formatDate(c.status_date)}.`;
}
