/**
 * Every address in the data catalogue, in one place, so pages, downloads,
 * citations and tests can never disagree about where a file lives.
 *
 * Two kinds of address:
 * - latest: `/data/<dataset>/<file>` always holds the newest version; links and
 *   embeds that should follow corrections use these.
 * - pinned: `/data/<dataset>/<version>/<dataset>.csv` holds one released version
 *   for ever (an exact copy of `data/releases/<dataset>/<version>.csv`); citations
 *   and version-pinned embeds use these. Only the CSV is pinned, because it is the
 *   one file kept byte for byte: the other formats are derived from it with the
 *   current schema, which may gain columns later.
 *
 * Paths here are relative to `/data/`, as Frictionless wants them in
 * `datapackage.json`; `dataHref` turns one into a site path.
 */

export const DATA_HOME = "/data/";
export const PACKAGE_FILE = "datapackage.json";
export const PACKAGE_README = "README.md";
export const PACKAGE_CITATION = "CITATION.cff";
export const SITE_ZIP = "takedown-explorer-data.zip";
export const SUMS_FILE = "SHA256SUMS.txt";

/** The files made for every dataset's latest version. */
export const DOWNLOAD_KINDS = ["csv", "spreadsheet-csv", "json", "schema", "readme", "citation", "zip"] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

/** The file name of one download: `takedowns.csv`, `takedowns-spreadsheet-safe.csv`, `README.md`... */
export function downloadName(dataset: string, kind: DownloadKind): string {
  switch (kind) {
    case "csv":
      return `${dataset}.csv`;
    case "spreadsheet-csv":
      return `${dataset}-spreadsheet-safe.csv`;
    case "json":
      return `${dataset}.json`;
    case "schema":
      return `${dataset}.schema.json`;
    case "readme":
      return "README.md";
    case "citation":
      return "CITATION.cff";
    case "zip":
      return `${dataset}.zip`;
  }
}

/** `takedowns/takedowns.csv`: a latest download, relative to /data/. */
export function downloadPath(dataset: string, kind: DownloadKind): string {
  return `${dataset}/${downloadName(dataset, kind)}`;
}

/** `takedowns/1.0.0/takedowns.csv`: one released version's CSV, relative to /data/. */
export function pinnedCsvPath(dataset: string, version: string): string {
  return `${dataset}/${version}/${dataset}.csv`;
}

/** A path relative to /data/ as a site path: `takedowns/takedowns.csv` -> `/data/takedowns/takedowns.csv`. */
export function dataHref(relative: string): string {
  return `${DATA_HOME}${relative}`;
}

/** The dataset's page: `/data/takedowns/`. */
export function datasetHref(dataset: string): string {
  return `${DATA_HOME}${dataset}/`;
}

/**
 * Link to one row of a dataset on its page: `/data/takedowns/#nca-2024-year`.
 * Charts, tables and explainers use this to link a figure to its row. Ids are
 * `[a-z0-9-]` (the validator checks), so they need no escaping.
 */
export function rowHref(dataset: string, id: string): string {
  return `${datasetHref(dataset)}#${id}`;
}

/** An absolute URL on the site (for citations and READMEs), from Astro's `site` setting. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site).href;
}
