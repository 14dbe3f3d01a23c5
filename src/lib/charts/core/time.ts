/** Partial ISO dates as points in time for scales, always in UTC so the build machine's zone never matters. */
import { firstDay, lastDay } from "../../data/partial-date.ts";

/** One day in milliseconds (UTC days have no leap seconds or clock changes). */
export const DAY_MS = 86_400_000;

const utc = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/** The first instant a partial date can mean: `2024` -> 2024-01-01. */
export function startOf(partial: string): Date {
  return utc(firstDay(partial));
}

/** The end of the last day a partial date can mean: `2024` -> 2025-01-01T00:00Z (exclusive end). */
export function endOf(partial: string): Date {
  const d = utc(lastDay(partial));
  return new Date(d.getTime() + DAY_MS);
}

/** The middle of the span a partial date covers (a year-precision date sits mid-year, not on 1 January). */
export function midOf(partial: string): Date {
  return new Date((startOf(partial).getTime() + endOf(partial).getTime()) / 2);
}
