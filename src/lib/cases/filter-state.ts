/**
 * The case filters' state and its place in the URL:
 * `?platform=Facebook&status=charged&year=2024`. Values not among the allowed
 * ones (a typo, a platform no case has any more) are ignored rather than
 * showing an empty list for a filter the form cannot display.
 *
 * Imported by the browser script, so it imports only the plural helper (which
 * imports nothing): the allowed values come from the form's own options.
 */

import { countOf } from "../format/plural.ts";

export const FILTER_KEYS = ["platform", "status", "year"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** One value per filter, or null for "all". */
export type FilterState = Readonly<Record<FilterKey, string | null>>;

/** The values each filter may take. */
export type AllowedValues = Readonly<Record<FilterKey, readonly string[]>>;

export const NO_FILTER: FilterState = { platform: null, status: null, year: null };

/** The filter state a query string asks for; for each key, the first allowed value wins. */
export function parseFilterState(search: string, allowed: AllowedValues): FilterState {
  const params = new URLSearchParams(search);
  const pick = (key: FilterKey) => params.getAll(key).find((v) => allowed[key].includes(v)) ?? null;
  return { platform: pick("platform"), status: pick("status"), year: pick("year") };
}

/**
 * The query string for a state (`?platform=Facebook&year=2024`, or `""` when
 * nothing is filtered), keeping any other parameters of `base` in place.
 */
export function serializeFilterState(state: FilterState, base = ""): string {
  const params = new URLSearchParams(base);
  for (const key of FILTER_KEYS) params.delete(key);
  for (const key of FILTER_KEYS) {
    const value = state[key];
    if (value !== null) params.append(key, value);
  }
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

export function isFiltered(state: FilterState): boolean {
  return FILTER_KEYS.some((key) => state[key] !== null);
}

/** What a listed case offers to the filters. */
export interface CaseFacets {
  readonly platforms: readonly string[];
  readonly status: string;
  readonly years: readonly string[];
}

/** A case is shown when it has the chosen platform, status and year (any of its years). */
export function matchesFilter(facets: CaseFacets, state: FilterState): boolean {
  return (
    (state.platform === null || facets.platforms.includes(state.platform)) &&
    (state.status === null || facets.status === state.status) &&
    (state.year === null || facets.years.includes(state.year))
  );
}

/** "3 of 4 cases shown"; "1 of 1 case shown". */
export function countText(shown: number, total: number): string {
  return `${shown} of ${countOf(total, "case")} shown`;
}
