/**
 * The period a dataset covers, read from its rows rather than typed by hand:
 * from the earliest date in any of its date columns to the latest. Dates keep
 * the precision the source gave, so a dataset whose first figure is for "2015"
 * starts in "2015", not on 1 January 2015.
 */
import { firstDay, lastDay } from "../data/partial-date.ts";
import type { FieldBase } from "../data/schema-types.ts";

export interface Period {
  /** The earliest date, as written in the data (`2015`, `2021-12`, `2024-07-25`). */
  readonly start: string;
  /** The latest date, as written in the data. */
  readonly end: string;
}

/**
 * Columns that date a row: every `date` and `partial_date` column
 * (period_start, period_end, date, published, status_date...) and a whole-number
 * column named `year`.
 */
export function dateFields(fields: readonly FieldBase[]): FieldBase[] {
  return fields.filter((f) => f.type === "date" || f.type === "partial_date" || (f.type === "integer" && f.name === "year"));
}

function asDate(value: unknown): string | null {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  return typeof value === "string" ? value : null;
}

/**
 * Earliest and latest date over all rows and date columns, or null when the
 * dataset has no dated cell. Ties keep the first one met (file order), so the
 * result never depends on anything but the data.
 */
export function periodCovered(fields: readonly FieldBase[], rows: readonly Readonly<Record<string, unknown>>[]): Period | null {
  const columns = dateFields(fields);
  let start: string | null = null;
  let end: string | null = null;
  for (const row of rows) {
    for (const field of columns) {
      const date = asDate(row[field.name]);
      if (date === null) continue;
      if (start === null || firstDay(date) < firstDay(start)) start = date;
      if (end === null || lastDay(date) > lastDay(end)) end = date;
    }
  }
  return start === null || end === null ? null : { start, end };
}
