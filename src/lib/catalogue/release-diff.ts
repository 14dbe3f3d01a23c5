/**
 * What changed between two released versions of a dataset, read from their
 * archives (`data/releases/<dataset>/<version>.csv`): the rows added, the rows
 * removed, and for each row kept (same id) the cells whose text differs, old
 * and new side by side. Cells are compared as the text released, so a change is
 * exactly a change in the published bytes of that cell. A column that exists
 * in only one version counts as blank in the other, so adding a column shows
 * as a change to every row that filled it in. Pure.
 */
import { parseCsv } from "../data/csv.ts";

export type ArchiveRow = Readonly<Record<string, string>>;

export interface ArchiveTable {
  readonly columns: readonly string[];
  readonly rows: readonly ArchiveRow[];
}

export interface CellChange {
  readonly column: string;
  readonly before: string;
  readonly after: string;
}

export interface RowChange {
  readonly id: string;
  readonly cells: readonly CellChange[];
}

export interface ReleaseDiff {
  /** Columns of the newer version that the older one lacked, and the reverse. */
  readonly columnsAdded: readonly string[];
  readonly columnsRemoved: readonly string[];
  /** Rows of the newer version whose id the older one lacked, in the newer file's order. */
  readonly added: readonly ArchiveRow[];
  /** Rows of the older version whose id the newer one lacks, in the older file's order. */
  readonly removed: readonly ArchiveRow[];
  /** Rows in both whose cells differ, in the newer file's order. */
  readonly changed: readonly RowChange[];
}

/** An archive's text as columns and rows of cell text (the header row names the columns). */
export function readArchive(text: string): ArchiveTable {
  const { records, problems } = parseCsv(text.replace(/^\uFEFF/, ""));
  if (problems.length > 0) throw new Error(`archive is not valid CSV: ${problems[0]?.message ?? ""}`);
  const [header, ...body] = records;
  const columns = header ? header.cells.map((c) => c.value) : [];
  const rows = body
    .filter((r) => !(r.cells.length === 1 && r.cells[0]?.value === ""))
    .map((r) => Object.fromEntries(columns.map((name, i) => [name, r.cells[i]?.value ?? ""])));
  return { columns, rows };
}

/** The difference from `before` (null: nothing released yet) to `after`, keyed on `key`. */
export function diffReleases(before: ArchiveTable | null, after: ArchiveTable, key = "id"): ReleaseDiff {
  const old = before ?? { columns: [], rows: [] };
  const oldById = new Map(old.rows.map((r) => [r[key] ?? "", r]));
  const newIds = new Set(after.rows.map((r) => r[key] ?? ""));
  const columns = [...after.columns, ...old.columns.filter((c) => !after.columns.includes(c))].filter((c) => c !== key);
  const changed: RowChange[] = [];
  const added: ArchiveRow[] = [];
  for (const row of after.rows) {
    const previous = oldById.get(row[key] ?? "");
    if (!previous) {
      added.push(row);
      continue;
    }
    const cells = columns
      .map((column) => ({ column, before: previous[column] ?? "", after: row[column] ?? "" }))
      .filter((c) => c.before !== c.after);
    if (cells.length > 0) changed.push({ id: row[key] ?? "", cells });
  }
  return {
    columnsAdded: before === null ? [] : after.columns.filter((c) => !old.columns.includes(c)),
    columnsRemoved: old.columns.filter((c) => !after.columns.includes(c)),
    added,
    removed: old.rows.filter((r) => !newIds.has(r[key] ?? "")),
    changed,
  };
}
