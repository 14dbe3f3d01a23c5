/**
 * The filter choices, derived from the cases themselves: only platforms,
 * statuses and years that some case has, so no choice can empty the list by
 * construction. Orders follow the schema (platforms, statuses) and the calendar.
 */
import { CASE_STATUSES, PLATFORMS } from "../data/schemas.ts";
import type { CaseFacets, FilterKey } from "./filter-state.ts";
import { platformLabel, statusLabel } from "./labels.ts";
import type { CaseView } from "./view.ts";

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

export type FilterOptions = Readonly<Record<FilterKey, readonly FilterOption[]>>;

type Faceted = Pick<CaseView, "platforms" | "status" | "years">;

export function filterOptions(cases: readonly Faceted[]): FilterOptions {
  const platforms = new Set(cases.flatMap((c) => c.platforms.map((p) => p.value)));
  const statuses = new Set(cases.map((c) => c.status));
  const years = [...new Set(cases.flatMap((c) => c.years))].sort((a, b) => a - b);
  return {
    platform: PLATFORMS.filter((p) => platforms.has(p)).map((p) => ({ value: p, label: platformLabel(p) })),
    status: CASE_STATUSES.filter((s) => statuses.has(s)).map((s) => ({ value: s, label: statusLabel(s) })),
    year: years.map((y) => ({ value: String(y), label: String(y) })),
  };
}

/** A case's facets as the filters compare them (and as the list writes them into data attributes). */
export function facetsOf(c: Faceted): CaseFacets {
  return { platforms: c.platforms.map((p) => p.value), status: c.status, years: c.years.map(String) };
}
