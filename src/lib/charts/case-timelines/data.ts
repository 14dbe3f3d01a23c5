/** Case-timelines rows -> series: one lane per case with its steps in order, and the description. */
import type { Case, CaseStep, Datasets } from "../../data/schemas.ts";
import { formatDate } from "../../format/dates.ts";
import { caseStepLabel } from "../../format/labels.ts";
import { spanOf } from "../core/time-axis.ts";
import { STEP_ORDER, statusLabel } from "./steps.ts";

export type CaseData = Pick<Datasets, "cases" | "case_steps">;

export interface Lane {
  readonly kase: Case;
  /** Its steps in date order (see `compareSteps`). */
  readonly steps: readonly CaseStep[];
}

const mid = (s: CaseStep) => spanOf(s.date).mid.getTime();

/**
 * Steps by date; where two dates overlap (a charge known only as "April 2024"
 * and an arrest on 22 April 2024), neither is known to come first, so the
 * usual order of a case decides (arrest before charge), not the middle of the month.
 */
export function compareSteps(a: CaseStep, b: CaseStep): number {
  const sa = spanOf(a.date);
  const sb = spanOf(b.date);
  if (sa.start < sb.end && sb.start < sa.end) return STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step) || a.id.localeCompare(b.id);
  return sa.start.getTime() - sb.start.getTime();
}

/** One lane per case, ordered by the case's first step (cases without steps by their status date). */
export function lanesOf(cases: readonly Case[], steps: readonly CaseStep[]): Lane[] {
  const lanes = cases.map((kase) => ({
    kase,
    steps: steps.filter((s) => s.case_id === kase.id).sort(compareSteps),
  }));
  const first = (l: Lane) => (l.steps.length > 0 ? Math.min(...l.steps.map(mid)) : spanOf(l.kase.status_date).mid.getTime());
  return lanes.sort((a, b) => first(a) - first(b) || a.kase.id.localeCompare(b.kase.id));
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

export const drawnCases = (data: CaseData) => lanesOf(data.cases, data.case_steps).map((l) => l.kase);
export const drawnSteps = (data: CaseData) => lanesOf(data.cases, data.case_steps).flatMap((l) => l.steps);
