/**
 * Loads and validates every dataset. Either all tables are valid and returned
 * typed, or a DataError lists every problem in every file. The file system is
 * passed in (`readFile`), so tests can feed fixtures without touching disk.
 */
import { DataError, type Problem } from "./problems.ts";
import { checkForeignKeys, checkSymmetricKeys, type ValidatedTable } from "./relations.ts";
import type { TableSchema } from "./schema-types.ts";
import { SCHEMAS, type Datasets } from "./schemas.ts";
import { validateTable } from "./validate.ts";

/** Returns the bytes of a data file (`takedowns.csv`), or null when it does not exist. */
export type ReadFile = (fileName: string) => Uint8Array | null;

export interface LoadReport {
  readonly datasets: Datasets;
  /** Per dataset: data records in the CSV and rows that passed validation (always equal on success). */
  readonly counts: Readonly<Record<string, { readonly inFile: number; readonly validated: number }>>;
}

export function loadTables(
  schemas: readonly TableSchema[],
  readFile: ReadFile,
  /** How the data folder is named in problems, e.g. `data`. */
  dir = "data",
): { tables: ValidatedTable[]; counts: Record<string, { inFile: number; validated: number }> } {
  const problems: Problem[] = [];
  const tables: ValidatedTable[] = [];
  const counts: Record<string, { inFile: number; validated: number }> = {};
  for (const schema of schemas) {
    const file = `${dir}/${schema.name}.csv`;
    const bytes = readFile(`${schema.name}.csv`);
    if (bytes === null) {
      problems.push({ file, line: 1, column: 1, message: "file not found" });
      continue;
    }
    const result = validateTable(schema, bytes, file);
    problems.push(...result.problems);
    tables.push({ schema, file, rows: result.rows, positionOf: result.positionOf, refusedKeys: result.refusedKeys });
    counts[schema.name] = { inFile: result.recordsInFile, validated: result.rows.length };
  }
  problems.push(...checkForeignKeys(tables), ...checkSymmetricKeys(tables));
  if (problems.length > 0) throw new DataError(problems);
  // Belt and braces: with no problems, every record in every file must have become a row.
  for (const [name, c] of Object.entries(counts)) {
    if (c.inFile !== c.validated || c.inFile === 0) {
      throw new DataError([{ file: `${dir}/${name}.csv`, line: 1, column: 1, message: `${c.inFile} records in file but ${c.validated} rows validated` }]);
    }
  }
  return { tables, counts };
}

/** Loads all of the site's datasets (see `SCHEMAS`). */
export function loadDatasets(readFile: ReadFile, dir = "data"): LoadReport {
  const { tables, counts } = loadTables(SCHEMAS, readFile, dir);
  const datasets = Object.fromEntries(tables.map((t) => [t.schema.name, t.rows.map((r) => Object.freeze(r.values))]));
  return { datasets: datasets as unknown as Datasets, counts };
}
