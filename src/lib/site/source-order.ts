/**
 * The order of the sources page: newest publication first, grouped by year,
 * with undated sources (living pages that show no date) in a last group.
 * Partial dates sort by their last day, so "2024" (any day that year) comes
 * before "2024-07-25"; equal dates fall back to id so the order is stable.
 */
import type { Source } from "../data/schemas.ts";
import { compareByLastDayUndatedFirst, parsePartialDate } from "../data/partial-date.ts";

export interface YearGroup {
  /** Publication year, or null for the sources that give no date. */
  readonly year: number | null;
  readonly sources: readonly Source[];
}

/** Newest first, undated last; ties by id, so two builds from the same data print the same page. */
export function sortSourcesNewestFirst(sources: readonly Source[]): Source[] {
  return [...sources].sort(
    (a, b) => compareByLastDayUndatedFirst(b.published, a.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Sources in year groups, newest year first, each group newest first; undated sources form the last group. */
export function sourcesByYear(sources: readonly Source[]): YearGroup[] {
  const groups: { year: number | null; sources: Source[] }[] = [];
  for (const source of sortSourcesNewestFirst(sources)) {
    const year = source.published === null ? null : parsePartialDate(source.published).year;
    const last = groups.at(-1);
    if (last && last.year === year) last.sources.push(source);
    else groups.push({ year, sources: [source] });
  }
  return groups;
}
