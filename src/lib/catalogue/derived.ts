/**
 * Derived downloads: files made by joining released datasets, published next
 * to a dataset's own files and labelled as derived, so nobody mistakes them
 * for a curated table. The one today is for journalists: every takedown
 * figure with its source's publisher, title, address and publication date
 * joined in, so a figure can be quoted and credited from one spreadsheet row.
 * Built from the released CSVs' text, so each cell is exactly as released.
 * Pure: the archives' text is passed in.
 */
import { writeCsv } from "../data/csv.ts";
import { readArchive } from "./release-diff.ts";
import { BYTE_ORDER_MARK, safeText } from "./spreadsheet.ts";

export const SOURCE_COLUMNS = ["publisher", "title", "url", "published", "reproduces"] as const;

export interface DerivedFile {
  /** Relative to /data/. */
  readonly path: string;
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly text: string;
}

/** Columns the joined file copies from `sources`, named `source_<column>`. */
export const joinedName = (column: string) => `source_${column}`;

/** Number columns keep their text; every other cell gets the spreadsheet-safety prefix when it needs one. */
const NUMBER_COLUMNS = new Set(["value"]);

/**
 * The takedown figures, one row each in the released order and with every
 * released column, followed by their source's columns. Throws when a row
 * cites a source the sources release lacks (validation forbids that already).
 */
export function takedownsWithSources(takedownsCsv: string, sourcesCsv: string): string {
  const takedowns = readArchive(takedownsCsv);
  const sources = new Map(readArchive(sourcesCsv).rows.map((s) => [s["id"] ?? "", s]));
  const header = [...takedowns.columns, ...SOURCE_COLUMNS.map(joinedName)];
  const rows = takedowns.rows.map((row) => {
    const source = sources.get(row["source_id"] ?? "");
    if (!source) throw new Error(`takedowns row ${row["id"] ?? ""} cites source ${row["source_id"] ?? ""}, which is not released`);
    const cells = [...takedowns.columns.map((c) => row[c] ?? ""), ...SOURCE_COLUMNS.map((c) => source[c] ?? "")];
    return cells.map((cell, i) => (NUMBER_COLUMNS.has(header[i] ?? "") ? cell : safeText(cell)));
  });
  return BYTE_ORDER_MARK + writeCsv(header, rows);
}

/** Every derived file of a dataset, given the released CSV text of any dataset (null: not released). */
export function derivedFiles(dataset: string, releasedCsv: (name: string) => string | null): DerivedFile[] {
  if (dataset !== "takedowns") return [];
  const takedowns = releasedCsv("takedowns");
  const sources = releasedCsv("sources");
  if (takedowns === null || sources === null) return [];
  return [
    {
      path: "takedowns/takedowns-with-sources.csv",
      name: "takedowns-with-sources.csv",
      title: "CSV, derived: each figure with its source",
      description:
        "Derived, not curated: every takedown figure with its source's publisher, title, address and publication date joined in from the sources dataset (and, for a copy, whose release it reproduces). Made for spreadsheets: spreadsheet-safe like the file above, with a byte order mark. Cite the figure's original publisher.",
      text: takedownsWithSources(takedowns, sources),
    },
  ];
}
