/**
 * Which charts and explainers use each dataset, for the "Used by" list on its
 * page. Derived, not typed in: a chart uses the datasets whose rows it draws,
 * an explainer the datasets its frontmatter names (checked at build time). An
 * end-to-end test checks that every listed page is built.
 */
import type { ChartDefinition } from "../charts/core/definition.ts";
import type { Datasets } from "../data/schemas.ts";

export interface UsageItem {
  readonly kind: "chart" | "explainer";
  readonly title: string;
  /** Site path of the page, e.g. `/charts/takedowns-by-year/`. */
  readonly href: string;
  /** Names of the datasets it draws on. */
  readonly datasets: readonly string[];
}

/** One item per chart, using the datasets it draws rows from. */
export function chartUsage(charts: readonly ChartDefinition[], data: Datasets): UsageItem[] {
  return charts.map((c) => ({
    kind: "chart",
    title: c.title,
    href: `/charts/${c.id}/`,
    datasets: [...new Set(c.rows(data).filter((d) => d.rows.length > 0).map((d) => d.dataset))],
  }));
}

/** One item per explainer, using the datasets its frontmatter lists. */
export function explainerUsage(explainers: readonly { slug: string; title: string; datasets: readonly string[] }[]): UsageItem[] {
  return explainers.map((e) => ({ kind: "explainer", title: e.title, href: `/explainers/${e.slug}/`, datasets: e.datasets }));
}

/** The items that use `dataset`, charts first, then explainers, each by title. */
export function usedBy(dataset: string, items: readonly UsageItem[]): UsageItem[] {
  const order = { chart: 0, explainer: 1 } as const;
  return items
    .filter((item) => item.datasets.includes(dataset))
    .sort((a, b) => order[a.kind] - order[b.kind] || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}
