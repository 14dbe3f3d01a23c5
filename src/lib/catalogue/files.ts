/**
 * The files published for one dataset: the latest version in every format
 * (CSV, spreadsheet-safe CSV, JSON, Table Schema, README, CITATION.cff and a
 * ZIP of them all), and each released version's CSV at its pinned address.
 * Each file carries its size and SHA-256, computed here once from the very
 * bytes that are served, so what the pages show is what people download.
 */
import type { TableSchema } from "../data/schema-types.ts";
import type { ChangelogEntry } from "./changelog.ts";
import type { DerivedFile } from "./derived.ts";
import { sha256Hex } from "./checksum.ts";
import { jsonRecords, tableSchemaJson } from "./formats.ts";
import type { ReadmeFile } from "./readme.ts";
import { spreadsheetSafeCsv } from "./spreadsheet.ts";
import { downloadName, downloadPath, pinnedCsvPath, type DownloadKind } from "../identity/data-urls.ts";
import { deterministicZip } from "./zip.ts";

export interface DownloadFile {
  /** Relative to /data/, as in datapackage.json: `takedowns/takedowns.csv`. */
  readonly path: string;
  readonly name: string;
  /** The name a browser saves it as; versioned for pinned files, so two versions never overwrite each other. */
  readonly saveAs: string;
  readonly title: string;
  readonly description: string;
  readonly format: string;
  readonly mediatype: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

export interface PinnedFile extends DownloadFile {
  readonly entry: ChangelogEntry;
}

interface Kind {
  readonly title: string;
  readonly description: string;
  readonly format: string;
  readonly mediatype: string;
}

export const KINDS: Readonly<Record<DownloadKind, Kind>> = {
  csv: {
    title: "CSV, canonical",
    description: "Every value exactly as curated: UTF-8, RFC 4180 quoting, LF line ends, one header row. For analysis and scripts.",
    format: "csv",
    mediatype: "text/csv",
  },
  "spreadsheet-csv": {
    title: "CSV, spreadsheet-safe",
    description:
      "For Excel, LibreOffice and Google Sheets: text cells that could run as formulas start with an apostrophe; numbers unchanged; UTF-8 with a byte order mark.",
    format: "csv",
    mediatype: "text/csv",
  },
  json: {
    title: "JSON, typed records",
    description: "One object per row: numbers as numbers, lists as arrays, blank cells as null.",
    format: "json",
    mediatype: "application/json",
  },
  schema: {
    title: "Table Schema",
    description: "Frictionless Table Schema (JSON): every column's type, constraints and meaning.",
    format: "json",
    mediatype: "application/json",
  },
  readme: {
    title: "README",
    description: "Description, caveats, files and checksums, columns, sources, citation, changelog and licence (Markdown).",
    format: "md",
    mediatype: "text/markdown",
  },
  citation: {
    title: "CITATION.cff",
    description: "Citation File Format, read by reference managers, GitHub and Zenodo.",
    format: "cff",
    mediatype: "application/yaml",
  },
  zip: {
    title: "ZIP of everything above",
    description: "Both CSVs, the JSON, the Table Schema, the README and CITATION.cff, in one folder.",
    format: "zip",
    mediatype: "application/zip",
  },
};

const utf8 = (text: string) => new TextEncoder().encode(text);

export function fileOf(path: string, name: string, kind: Kind, bytes: Uint8Array, saveAs = name): DownloadFile {
  return { path, name, saveAs, ...kind, bytes, sha256: sha256Hex(bytes) };
}

export interface DatasetFilesInput {
  readonly schema: TableSchema;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  /** The latest version's CSV: the archived bytes, which equal the curated file. */
  readonly csv: Uint8Array;
  /** Every released version, oldest first, with its archived CSV. */
  readonly versions: readonly { readonly entry: ChangelogEntry; readonly csv: Uint8Array }[];
  /** README text, given the files it describes. */
  readonly readme: (files: readonly ReadmeFile[]) => string;
  readonly citationCff: string;
  /** Files derived by joining datasets (see derived.ts), listed and zipped after the dataset's own formats. */
  readonly derived?: readonly DerivedFile[];
}

/** The ZIP's top folder, so unzipping never scatters files: `takedowns-1.0.0/`. */
export function zipFolder(name: string, version: string): string {
  return `${name}-${version}/`;
}

export interface DatasetFiles {
  /** csv, spreadsheet-csv, json, schema, any derived files, readme, citation, zip: in that order. */
  readonly latest: readonly DownloadFile[];
  readonly pinned: readonly PinnedFile[];
  /** The names inside the ZIP, sorted. */
  readonly zipContents: readonly string[];
}

export function datasetFiles(input: DatasetFilesInput): DatasetFiles {
  const { schema, rows } = input;
  const latestEntry = input.versions.at(-1)?.entry;
  if (!latestEntry) throw new RangeError(`${schema.name} has no released version`);
  const make = (kind: DownloadKind, bytes: Uint8Array) =>
    fileOf(downloadPath(schema.name, kind), downloadName(schema.name, kind), KINDS[kind], bytes);
  const data = [
    make("csv", input.csv),
    make("spreadsheet-csv", utf8(spreadsheetSafeCsv(schema, rows))),
    make("json", utf8(jsonRecords(rows))),
    make("schema", utf8(tableSchemaJson(schema))),
    ...(input.derived ?? []).map((d) =>
      fileOf(d.path, d.name, { title: d.title, description: d.description, format: "csv", mediatype: "text/csv" }, utf8(d.text)),
    ),
  ];
  const described = data.map((f) => ({ name: f.name, title: f.title, bytes: f.bytes.length, sha256: f.sha256 }));
  const docs = [make("readme", utf8(input.readme(described))), make("citation", utf8(input.citationCff))];
  const folder = zipFolder(schema.name, latestEntry.version);
  const zipped = new Map([...data, ...docs].map((f) => [`${folder}${f.name}`, f.bytes]));
  const zip = make("zip", deterministicZip(zipped, latestEntry.date));
  const pinned = input.versions.map(({ entry, csv }) => ({
    ...fileOf(
      pinnedCsvPath(schema.name, entry.version),
      `${schema.name}.csv`,
      pinnedKind(entry),
      csv,
      `${schema.name}-${entry.version}.csv`,
    ),
    entry,
  }));
  return { latest: [...data, ...docs, zip], pinned, zipContents: [...zipped.keys()].sort() };
}

function pinnedKind(entry: ChangelogEntry): Kind {
  return {
    ...KINDS.csv,
    title: `CSV, version ${entry.version}`,
    description: `Version ${entry.version} (${entry.kind}, ${entry.date}) exactly as released; this address never changes.`,
  };
}
