/**
 * What a chart page offers for download, as pure functions: file names, the
 * CSV of exactly the rows drawn (one file per dataset, columns and cell text
 * as in the dataset's own CSV), and the standalone SVG with the title, source
 * line, notes, date and site name inside it. The static endpoints serve these
 * bytes and the Download view measures the same bytes, so a listed size is
 * always the served size. The PNG is rasterised from the SVG elsewhere
 * (downloads-png.ts) because it needs fonts from disk.
 */
import { compareByLastDay } from "../data/partial-date.ts";
import { SCHEMAS, type DatasetName, type Datasets, type Source } from "../data/schemas.ts";
import { spreadsheetSafeCsv } from "../data/spreadsheet-safe.ts";
import { formatDate } from "../format/dates.ts";
import { countOf } from "../format/plural.ts";
import { WIDTHS, sourceLine, sourcesOf, type ChartDefinition, type DrawnRows } from "./core/definition.ts";
import { standaloneSvg } from "./core/frame.ts";
import { renderSvg } from "./core/svg-tree.ts";

import { SITE_NAME } from "../identity/site.ts";

/** The files a chart offers (a dataset's own downloads are identity/data-urls.ts DownloadKind). */
export type ChartDownloadKind = "csv" | "svg" | "png";

export const CONTENT_TYPES: Readonly<Record<ChartDownloadKind, string>> = {
  csv: "text/csv; charset=utf-8",
  svg: "image/svg+xml; charset=utf-8",
  png: "image/png",
};

/** One downloadable file of a chart, served at /charts/<chartId>/<file>. */
export interface ChartDownload {
  readonly chartId: string;
  readonly file: string;
  readonly kind: ChartDownloadKind;
  /** The dataset a CSV holds rows of; absent for images. */
  readonly dataset?: DatasetName;
  /** What the file holds, for the Download view. */
  readonly label: string;
}

/** The chart's page: /charts/<id>/. */
export function chartPath(chartId: string): string {
  return `/charts/${chartId}/`;
}

export function downloadPath(download: Pick<ChartDownload, "chartId" | "file">): string {
  return `${chartPath(download.chartId)}${download.file}`;
}

/** `removals-vs-arrivals-irregular-arrivals.csv`: file names use hyphens only, like chart ids. */
export function csvFileName(chartId: string, dataset: DatasetName): string {
  return `${chartId}-${dataset.replace(/_/g, "-")}.csv`;
}

function schemaOf(dataset: DatasetName) {
  const schema = SCHEMAS.find((s) => s.name === dataset);
  if (!schema) throw new Error(`no schema for dataset ${JSON.stringify(dataset)}`);
  return schema;
}

/** Every file a chart offers, in the order the Download view lists them: one CSV per dataset drawn, then SVG, then PNG. */
export function chartDownloads(chart: Pick<ChartDefinition, "id" | "rows">, data: Datasets): ChartDownload[] {
  const csvs = chart.rows(data).map(
    (drawn): ChartDownload => ({
      chartId: chart.id,
      file: csvFileName(chart.id, drawn.dataset),
      kind: "csv",
      dataset: drawn.dataset,
      label: `${schemaOf(drawn.dataset).title}: the ${countOf(drawn.rows.length, "row")} drawn, spreadsheet-safe`,
    }),
  );
  const files = csvs.map((d) => d.file);
  if (new Set(files).size !== files.length) throw new Error(`chart ${chart.id} lists a dataset twice in rows(); merge them into one entry`);
  return [
    ...csvs,
    { chartId: chart.id, file: `${chart.id}.svg`, kind: "svg", label: "The chart as a scalable image" },
    { chartId: chart.id, file: `${chart.id}.png`, kind: "png", label: "The chart as a bitmap image, at twice its drawn size" },
  ];
}

/**
 * The CSV of the rows a chart draws from one dataset, in the order drawn, with
 * every column of the dataset's schema. Rows are looked up by id in the
 * dataset, so the cells are the dataset's own, whatever the chart passed on.
 * A chart's CSV is opened in spreadsheets more than any other file, so it is
 * written under the same spreadsheet-safe policy (one function) as the
 * dataset's spreadsheet-safe copy: a formula-like text cell gets a leading `'`.
 */
export function drawnCsv(drawn: DrawnRows, data: Datasets): string {
  const schema = schemaOf(drawn.dataset);
  const table = data[drawn.dataset] as readonly (Readonly<Record<string, unknown>> & { readonly id: string })[];
  const byId = new Map(table.map((row) => [row.id, row]));
  const rows = drawn.rows.map((r) => {
    const row = byId.get(r.id);
    if (!row) throw new Error(`${drawn.dataset}: row ${JSON.stringify(r.id)} is drawn but not in the dataset`);
    return row;
  });
  return spreadsheetSafeCsv(schema, rows);
}

/**
 * "Data as of": the latest publication date among the sources used, as
 * precise as the source gave it ("March 2025"). Never the build date, so two
 * builds of the same data give the same files.
 */
export function dataAsOf(sources: readonly Pick<Source, "published">[]): string {
  const dates = sources.map((s) => s.published).filter((d): d is string => d !== null);
  const latest = dates.reduce<string | null>((a, b) => (a === null || compareByLastDay(b, a) > 0 ? b : a), null);
  return latest === null ? "no publication date given" : formatDate(latest);
}

/** Absolute address of the chart's page when the site's address is known, else its path. */
export function chartUrl(chartId: string, site: URL | string | undefined): string {
  return site === undefined ? chartPath(chartId) : new URL(chartPath(chartId), site).href;
}

/** The standalone SVG (regular width, light theme) with title, source line, notes, date, site name and page address inside. */
export function chartImageSvg(chart: ChartDefinition, data: Datasets, site: URL | string | undefined): string {
  const sources = sourcesOf(chart.rows(data), data.sources);
  const svg = standaloneSvg(chart.build(data, WIDTHS.regular), {
    title: chart.title,
    sourceLine: sourceLine(sources),
    notes: chart.notes(data),
    siteName: SITE_NAME,
    url: chartUrl(chart.id, site),
    date: dataAsOf(sources),
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderSvg(svg)}\n`;
}

/** Turns SVG text into PNG bytes (see downloads-png.ts); passed in so this module needs no fonts or native code. */
export type Rasterise = (svg: string) => Uint8Array;

/** The bytes served for one download: text for CSV and SVG, binary for PNG. */
export function downloadBody(download: ChartDownload, chart: ChartDefinition, data: Datasets, site: URL | string | undefined, rasterise: Rasterise): string | Uint8Array {
  switch (download.kind) {
    case "csv": {
      const drawn = chart.rows(data).find((d) => d.dataset === download.dataset);
      if (!drawn) throw new Error(`chart ${chart.id} draws no rows of ${String(download.dataset)}`);
      return drawnCsv(drawn, data);
    }
    case "svg":
      return chartImageSvg(chart, data, site);
    case "png":
      return rasterise(chartImageSvg(chart, data, site));
  }
}

/** Size in bytes of a body as served (text is UTF-8). */
export function byteLength(body: string | Uint8Array): number {
  return typeof body === "string" ? new TextEncoder().encode(body).length : body.length;
}
