/**
 * Ids pages give their own elements, in one place. Rows and cases are anchored by their own ids
 * (`/data/takedowns/#nca-2024-year`, `/cases/#preston-zada`), so such an id must never equal one of these,
 * or the skip link, a filter or a section link would land on the wrong element.
 */

/** Ids the base layout gives its elements on every page (the skip link targets `#main`). */
export const LAYOUT_IDS = ["main"] as const;

/** Ids a dataset page gives its sections. */
export const DATASET_PAGE_IDS = [...LAYOUT_IDS, "caveats", "downloads", "versions", "cite", "schema", "changelog", "used-by", "rows"] as const;

/** Ids the cases list page gives its filters and list; the filters' own ids all start with `filter-`. */
export const CASES_PAGE_IDS = [...LAYOUT_IDS, "case-filters", "case-filters-heading", "case-count", "case-none", "case-list-heading"] as const;
const CASES_PAGE_ID_PREFIX = "filter-";

/** Whether a row or case id would collide with an id the page already uses. */
export function isPageId(id: unknown, pageIds: readonly string[]): boolean {
  return typeof id === "string" && pageIds.includes(id);
}

/** Whether a case id would collide with an id of the /cases/ page. */
export function isCasesPageId(id: string, pageIds: readonly string[] = CASES_PAGE_IDS): boolean {
  return isPageId(id, pageIds) || id.startsWith(CASES_PAGE_ID_PREFIX);
}
