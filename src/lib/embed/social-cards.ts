/**
 * What each social preview image shows: a chart's card (its title, regular
 * drawing and source line), and an explainer's (title, summary, and the first
 * chart it embeds, or else the first figure it prints, with that figure's
 * qualifier and unit as its source stated them).
 */
import { WIDTHS, sourceLine, sourcesOf, type ChartDefinition } from "../charts/core/definition.ts";
import type { Datasets } from "../data/schemas.ts";
import { findRefs } from "../explainers/refs.ts";
import { formatFigure, formatPeriod } from "../format/index.ts";
import { SITE_NAME } from "../identity/site.ts";
import type { SocialCard } from "./social.ts";

export function chartCard(chart: ChartDefinition, data: Datasets): SocialCard {
  return {
    siteName: SITE_NAME,
    title: chart.title,
    footer: sourceLine(sourcesOf(chart.rows(data), data.sources)),
    art: { chart: chart.build(data, WIDTHS.regular) },
  };
}

export interface ExplainerHead {
  readonly title: string;
  readonly summary: string;
  /** The MDX body, without frontmatter. */
  readonly body: string;
}

/** The first `<Chart id>` and the first `<Figure claim>` in an explainer's body, in reading order. */
export function firstArt(body: string): { chart: string | null; claim: string | null } {
  const refs = findRefs(body);
  return { chart: refs.find((r) => r.kind === "chart")?.id ?? null, claim: refs.find((r) => r.kind === "claim")?.id ?? null };
}

export function explainerCard(explainer: ExplainerHead, data: Datasets, charts: readonly ChartDefinition[]): SocialCard {
  const base = { siteName: SITE_NAME, title: explainer.title, summary: explainer.summary };
  const { chart: chartId, claim } = firstArt(explainer.body);
  const chart = charts.find((c) => c.id === chartId);
  if (chart) return { ...base, footer: sourceLine(sourcesOf(chart.rows(data), data.sources)), art: { chart: chart.build(data, WIDTHS.regular) } };
  const row = data.takedowns.find((t) => t.id === claim);
  if (row) {
    return {
      ...base,
      footer: sourceLine(data.sources.filter((s) => s.id === row.source_id)),
      art: {
        figure: formatFigure(row.value, row.qualifier, row.unit),
        caption: `${row.unit === "percent" ? "" : `${row.unit_as_worded} `}(${formatPeriod(row.period_start, row.period_end)}), ${row.reporting_body}`,
      },
    };
  }
  return { ...base, footer: `${SITE_NAME}: sourced figures on people-smuggling adverts and their removal.`, art: null };
}
