/** Removals-vs-arrivals rows -> series: yearly removals after referral, arrivals by year, unit lines, the description. */
import { REFERRING_BODY } from "../../identity/subjects.ts";
import { calendarYearOf } from "../../data/partial-date.ts";
import type { Arrival, Takedown } from "../../data/schemas.ts";
import { formatFigure, formatNumber } from "../../format/numbers.ts";
import { unitLabel } from "../../format/labels.ts";

export interface AnnualRemoval {
  readonly row: Takedown;
  readonly year: number;
}

/** Removals after referral by the referring body (identity/subjects.ts) whose period is exactly one calendar year. */
export function annualRemovals(takedowns: readonly Takedown[]): AnnualRemoval[] {
  return takedowns
    .filter((t) => t.reporting_body === REFERRING_BODY && t.counting_rule === "removed-after-referral" && t.aggregation === "period")
    .flatMap((row) => {
      const year = calendarYearOf(row.period_start, row.period_end);
      return year === null ? [] : [{ row, year }];
    })
    .sort((a, b) => a.year - b.year);
}

export function sortedArrivals(arrivals: readonly Arrival[]): Arrival[] {
  return [...arrivals].sort((a, b) => a.year - b.year);
}

/** Every year with an arrivals or a removals figure, in order: the shared axis. */
export function yearsOf(arrivals: readonly Arrival[], removals: readonly AnnualRemoval[]): number[] {
  return [...new Set([...arrivals.map((a) => a.year), ...removals.map((r) => r.year)])].sort((a, b) => a - b);
}

export function unitLines(unit: Takedown["unit"]): string[] {
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
      : `Bottom panel: social media content removed after ${REFERRING_BODY} referrals, published for ${removals.map((r) => r.year).join(", ")} only: ${removals
          .map((r) => `${formatFigure(r.row.value, r.row.qualifier, r.row.unit)} ${r.row.unit_as_worded} in ${r.year}`)
          .join("; ")}.`;
  return `Two panels sharing one year axis. ${arrivalsText} ${removalsText}`;
}
