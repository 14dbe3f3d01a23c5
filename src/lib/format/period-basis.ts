/**
 * A takedown figure's period as text that never passes our reading off as the
 * source's: a stated period is printed as dates; a period the source only
 * worded relative to its own date ("in the last year") is printed in the
 * source's words, with our reading of it marked as ours; a figure with no
 * period at all says so.
 */
import type { Takedown } from "../data/schemas.ts";
import { formatDate, formatPeriod } from "./dates.ts";

type PeriodFields = Pick<Takedown, "period_start" | "period_end" | "period_basis" | "period_as_worded">;

export function periodText(row: PeriodFields): string {
  const dates = formatPeriod(row.period_start, row.period_end);
  if (row.period_basis === "read-from-wording") {
    const words = row.period_as_worded ? `“${row.period_as_worded}”` : "a period given relative to the source's date";
    return `${words}, read by us as ${dates}`;
  }
  if (row.period_basis === "publication-date") return `no period given; published ${formatDate(row.period_start)}`;
  return dates;
}

/** Whether the dates of a row's period are the source's own. */
export function periodIsStated(row: Pick<Takedown, "period_basis">): boolean {
  return row.period_basis === "stated";
}
