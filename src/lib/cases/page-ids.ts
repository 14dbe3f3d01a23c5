/**
 * Each case on /cases/ is anchored by its id (`/cases/#preston-zada`), so a
 * case id must not equal an id the page or layout uses for itself, or the
 * skip link or a filter would land on the wrong element.
 */

/** Ids the layout and the cases list page give their own elements. */
export const CASES_PAGE_IDS = ["main", "case-filters", "case-filters-heading", "case-count", "case-none", "case-list-heading"] as const;

/** Problems as sentences, one per colliding id; empty when all ids are free. */
export function idCollisions(caseIds: readonly string[], pageIds: readonly string[] = CASES_PAGE_IDS): string[] {
  return caseIds
    .filter((id) => pageIds.includes(id) || id.startsWith("filter-"))
    .map((id) => `case id ${JSON.stringify(id)} is also an id of the /cases/ page: rename the case in data/cases.csv`);
}
