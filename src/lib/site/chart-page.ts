/**
 * What the chart pages show, as plain values: the drawings at both widths, the
 * tables with each row's source, the sources used and the downloads with their
 * sizes. Pages only render these; the endpoints serve the same download bytes.
 */
import { WIDTHS, sourceLine, sourcesOf, type ChartDefinition, type ChartTable } from "../charts/core/definition.ts";
import { pageSvg, type ChartModel } from "../charts/core/frame.ts";
import type { SvgElement } from "../charts/core/svg-tree.ts";
import {
  byteLength,
  chartDownloads,
  chartPath,
  dataAsOf,
  downloadBody,
  downloadPath,
  type ChartDownload,
  type Rasterise,
} from "../charts/downloads.ts";
import type { Datasets, Source } from "../data/schemas.ts";
import { formatBytes } from "../format/bytes.ts";
import { formatDate } from "../format/dates.ts";
import { datasetHref, rowHref } from "../identity/data-urls.ts";
import { sourceHref } from "../identity/links.ts";
import { figureFirst } from "./table-order.ts";

/** The four views of a chart page, in page order; `?view=<id>` opens one. */
export const CHART_VIEWS = [
  { id: "chart", label: "Chart" },
  { id: "table", label: "Table" },
  { id: "sources", label: "Sources" },
  { id: "download", label: "Download" },
  { id: "embed", label: "Embed" },
] as const;

/** The address of one view of a chart page, with the view always written out (`/charts/<id>/?view=table`). */
export function chartViewHref(chartId: string, view: (typeof CHART_VIEWS)[number]["id"]): string {
  return `${chartPath(chartId)}?view=${view}`;
}

export interface SourceLink {
  readonly href: string;
  /** Short text for a table cell: "National Crime Agency, 3 Jan 2025". */
  readonly label: string;
  /** Whose release the source copies ("National Crime Agency press release"), shown after the link; null for none. */
  readonly reproduces: string | null;
}

export interface TableView extends ChartTable {
  /** Per row, in row order: the row's source as a link. */
  readonly sourceLinks: readonly SourceLink[];
  /** Per row, in row order: the row's permalink on its dataset's page (`/data/<dataset>/#<id>`). */
  readonly rowLinks: readonly string[];
}

export interface SourceItem {
  readonly id: string;
  readonly href: string;
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
  readonly reproduces: string | null;
}

export interface DownloadItem extends ChartDownload {
  readonly href: string;
  readonly type: string;
  readonly bytes: number;
  readonly size: string;
}

export interface ChartPage {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly compact: ChartModel;
  readonly regular: ChartModel;
  /** Shown on wide screens only (ChartFigure), so its text reads at the caption size there. */
  readonly wide: ChartModel;
  readonly sourceLine: string;
  readonly notes: readonly string[];
  readonly asOf: string;
  readonly tables: readonly TableView[];
  readonly sources: readonly SourceItem[];
  readonly downloads: readonly DownloadItem[];
}

const TYPE_NAMES = { csv: "CSV", svg: "SVG", png: "PNG" } as const;

function sourceLabel(source: Source | undefined, sourceId: string): string {
  if (!source) return sourceId;
  return source.published === null ? source.publisher : `${source.publisher}, ${formatDate(source.published, "short")}`;
}

/**
 * The chart's tables, figure and qualifier first, with each row's source and permalink. `current` is the
 * data the site's pages are built from: a row or source drawn from an older
 * version (a pinned embed) that is no longer there links to its page, not to
 * an anchor that would not exist.
 */
export function tableViews(chart: ChartDefinition, data: Datasets, current: Datasets = data): TableView[] {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const currentSources = new Set(current.sources.map((s) => s.id));
  return chart.tables(data).map(figureFirst).map((table) => {
    const currentRows = new Set((current[table.dataset] as readonly { readonly id: string }[]).map((r) => r.id));
    return {
      ...table,
      sourceLinks: table.rows.map((row) => ({
        href: currentSources.has(row.source_id) ? sourceHref(row.source_id) : "/sources/",
        label: sourceLabel(byId.get(row.source_id), row.source_id),
        reproduces: byId.get(row.source_id)?.reproduces ?? null,
      })),
      rowLinks: table.rows.map((row) => (currentRows.has(row.id) ? rowHref(table.dataset, row.id) : datasetHref(table.dataset))),
    };
  });
}

export function chartPage(chart: ChartDefinition, data: Datasets, site: URL | string | undefined, rasterise: Rasterise): ChartPage {
  const sources = sourcesOf(chart.rows(data), data.sources);
  return {
    id: chart.id,
    title: chart.title,
    summary: chart.summary,
    compact: chart.build(data, WIDTHS.compact),
    regular: chart.build(data, WIDTHS.regular),
    wide: chart.build(data, WIDTHS.wide),
    sourceLine: sourceLine(sources),
    notes: chart.notes(data),
    asOf: dataAsOf(sources),
    tables: tableViews(chart, data),
    sources: sources.map((s) => ({
      id: s.id,
      href: sourceHref(s.id),
      title: s.title,
      publisher: s.publisher,
      date: s.published === null ? "No date given" : formatDate(s.published),
      reproduces: s.reproduces,
    })),
    downloads: chartDownloads(chart, data).map((d) => {
      const bytes = byteLength(downloadBody(d, chart, data, site, rasterise));
      return { ...d, href: downloadPath(d), type: TYPE_NAMES[d.kind], bytes, size: formatBytes(bytes) };
    }),
  };
}

export interface ChartIndexEntry {
  readonly id: string;
  readonly href: string;
  readonly title: string;
  readonly summary: string;
  /** The compact drawing, small enough for a list. */
  readonly thumbnail: SvgElement;
}

/** Every chart for /charts/, in registry order. */
export function chartIndex(charts: readonly ChartDefinition[], data: Datasets): ChartIndexEntry[] {
  return charts.map((chart) => ({
    id: chart.id,
    href: chartPath(chart.id),
    title: chart.title,
    summary: chart.summary,
    thumbnail: pageSvg(chart.build(data, WIDTHS.compact), chart.title, `${chart.id}-thumb`),
  }));
}
