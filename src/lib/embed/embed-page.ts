/**
 * What an embed page shows, as plain values: the chart's drawings, its tables,
 * source line, notes and a credit line linking back to the chart page, for the
 * live data or for one collection version; plus the snippet heights, which are
 * estimated from exactly this text (layout.ts).
 */
import { WIDTHS, sourceLine, sourcesOf, type ChartDefinition } from "../charts/core/definition.ts";
import type { ChartModel } from "../charts/core/frame.ts";
import { chartPath } from "../charts/downloads.ts";
import type { Datasets } from "../data/schemas.ts";
import { formatDate } from "../format/dates.ts";
import { tableViews, type TableView } from "../site/chart-page.ts";
import { SITE_NAME } from "../identity/site.ts";
import { embedHeights, type EmbedText } from "./layout.ts";
import { LIVE } from "./protocol.ts";
import type { EmbedHeights, SnippetChart } from "./snippet.ts";

/** The data an embed shows: the live data (at the current collection version) or a pinned version. */
export interface EmbedData {
  /** `live` or the pinned collection version. */
  readonly version: string;
  /** The collection version the data is at, and its release day (YYYY-MM-DD). */
  readonly collection: string;
  readonly date: string;
}

export interface EmbedPage extends SnippetChart {
  readonly summary: string;
  /** `live` or the pinned collection version. */
  readonly version: string;
  readonly compact: ChartModel;
  readonly regular: ChartModel;
  readonly sourceLine: string;
  readonly notes: readonly string[];
  readonly tables: readonly TableView[];
  /** The chart's page on the site. */
  readonly chartHref: string;
  readonly creditLink: string;
  /** After the link: which data this is. */
  readonly creditData: string;
  readonly heights: EmbedHeights;
}

/** "Data: latest release, version 1.0.0 of 21 November 2026." or "Data: version 1.0.0 of 21 November 2026, pinned." */
export function creditData(at: EmbedData): string {
  const when = `version ${at.collection} of ${formatDate(at.date)}`;
  return at.version === LIVE ? `Data: latest release, ${when}.` : `Data: ${when}, pinned.`;
}

/** The folded notes' summary: "Notes on these figures (5)". */
export function notesSummary(count: number): string {
  return count === 1 ? "A note on these figures" : `Notes on these figures (${count})`;
}

export const CREDIT_LINK = `${SITE_NAME}: full chart, sources and data`;

/**
 * The embed page of `chart` drawn from `data` (the live data, or the archived
 * data of a pinned version). `current` is the data the rest of the site is
 * built from, so table links only point at rows and sources that exist there.
 */
export function embedPage(chart: ChartDefinition, data: Datasets, at: EmbedData, current: Datasets): EmbedPage {
  const compact = chart.build(data, WIDTHS.compact);
  const regular = chart.build(data, WIDTHS.regular);
  const line = sourceLine(sourcesOf(chart.rows(data), data.sources));
  const notes = chart.notes(data);
  const tables = tableViews(chart, data, current);
  const credit = creditData(at);
  const text: EmbedText = {
    title: chart.title,
    compactHeight: compact.height,
    regularHeight: regular.height,
    sourceLine: line,
    notesSummary: notes.length > 0 ? notesSummary(notes.length) : null,
    credit: [`${CREDIT_LINK} ${credit}`],
    tables: tables.map((t) => ({ caption: t.caption, rows: t.rows.map((r, i) => [...r.cells, t.sourceLinks[i]?.label ?? "", r.id]) })),
  };
  return {
    id: chart.id,
    title: chart.title,
    summary: chart.summary,
    version: at.version,
    compact,
    regular,
    sourceLine: line,
    notes,
    tables,
    chartHref: chartPath(chart.id),
    creditLink: CREDIT_LINK,
    creditData: credit,
    heights: embedHeights(text),
  };
}
