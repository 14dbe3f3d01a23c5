/**
 * Putting a case's steps in date order when dates have different precisions.
 *
 * A step dated `2024-04` (the source gave only the month) neither precedes
 * nor follows one dated `2024-04-22`: either may be first. Sorting by the
 * first or the last day a date can mean would invent an order the sources do
 * not give (a charge "in April" would jump before or after the arrest on the
 * 22nd). So a step goes before another only when its whole date range ends
 * before the other's begins; between steps whose dates overlap, the order of
 * case_steps.csv (the curators' reading of the sources) decides.
 */
import { firstDay, lastDay } from "../data/partial-date.ts";

interface Dated {
  readonly date: string;
}

/** True when `a`'s date certainly comes before `b`'s: `a`'s last possible day is before `b`'s first. */
export function certainlyBefore(a: Dated, b: Dated): boolean {
  return lastDay(a.date) < firstDay(b.date);
}

/**
 * Steps in date order, stable: repeatedly takes the earliest step in input
 * order that no remaining step certainly precedes. "Certainly before" is an
 * interval order (never circular), so there is always such a step. The
 * result never shows a step before one whose date is certainly earlier.
 */
export function orderSteps<T extends Dated>(steps: readonly T[]): T[] {
  const remaining = [...steps];
  const ordered: T[] = [];
  while (remaining.length > 0) {
    const index = remaining.findIndex((s) => !remaining.some((other) => certainlyBefore(other, s)));
    const [next] = remaining.splice(Math.max(index, 0), 1);
    if (next) ordered.push(next);
  }
  return ordered;
}

/** The calendar years a case's steps fall in, ascending and without repeats. */
export function stepYears(steps: readonly Dated[]): number[] {
  return [...new Set(steps.map((s) => Number(s.date.slice(0, 4))))].sort((a, b) => a - b);
}
