/**
 * Validates one CSV against its schema: header, row shape, every cell's type and
 * allowed values, blank required cells, duplicate ids and date/number order
 * within a row. Collects every problem rather than stopping at the first.
 * Relations between tables (foreign keys) are checked in `relations.ts`; one
 * record's checks are in `validate-row.ts`.
 *
 * `scanTable` streams: each valid row goes to a callback and is not kept, so a
 * million-row file can be validated and aggregated in bounded memory (only the
 * set of ids is held, to find duplicates). `validateTable` collects the rows.
 */
import { readCsv, type RawRecord } from "./csv.ts";
import { decodeUtf8, mixedLineEnds, wrongEncoding } from "./decode.ts";
import { IdIndex } from "./id-index.ts";
import { positionIndex, type PositionOf } from "./positions.ts";
import type { Problem } from "./problems.ts";
import type { TableSchema } from "./schema-types.ts";
import { cellParser, checkHeader, checkOrder, offsetOf, typedRow, type Columns, type LocatedRow, type Report } from "./validate-row.ts";

export { offsetOf, type LocatedRow };

export interface ScanResult {
  readonly problems: readonly Problem[];
  /** Data records found in the file (every non-header record, valid or not). */
  readonly recordsInFile: number;
  /** Records that passed and were handed to the callback. */
  readonly validated: number;
  /** Line and column of a character offset in the decoded file. */
  readonly positionOf: PositionOf;
  /**
   * Primary keys of records that were refused (a bad cell elsewhere in the row): other tables that name them are
   * not reported again, since the one real problem is already listed.
   */
  readonly refusedKeys: ReadonlySet<string>;
}

export interface TableResult extends ScanResult {
  readonly rows: readonly LocatedRow[];
}

/** Validates `bytes` as `schema`, handing each valid row to `onRow` as it is read. */
export function scanTable(schema: TableSchema, bytes: Uint8Array, file: string, onRow: (row: LocatedRow) => void): ScanResult {
  const problems: Problem[] = [];
  const problem: Report = (p, message) => problems.push({ file, line: p.line, column: p.column, message });

  const encoding = wrongEncoding(bytes);
  if (encoding !== null) {
    // Nothing in the file can be read as UTF-8, so the one useful message is which encoding it is in.
    problem({ line: 1, column: 1 }, `the file is encoded as ${encoding}; save it as UTF-8`);
    return { problems, recordsInFile: 0, validated: 0, positionOf: () => ({ line: 1, column: 1 }), refusedKeys: new Set() };
  }
  const { text, invalid } = decodeUtf8(bytes);
  const at = positionIndex(text);
  for (const p of invalid) problem(p, "bytes here are not valid UTF-8; save the file as UTF-8");
  const mixed = mixedLineEnds(text);
  if (mixed !== null) {
    // The records cannot be split reliably: every later message would be noise (e.g. "malformed quotes").
    problem(at(mixed.offset), mixed.message);
    return { problems, recordsInFile: 0, validated: 0, positionOf: at, refusedKeys: new Set() };
  }

  let columns: Columns | null = null;
  let headerWidth = 0;
  let recordsInFile = 0;
  let validated = 0;
  const refusedKeys = new Set<string>();
  // Ids are kept as positions in the text, not strings; a duplicate's first use is looked up again, rarely.
  const seenIds = new IdIndex(text);

  const onRecord = (record: RawRecord): void => {
    const cells = record.values;
    if (columns === null) {
      if (cells.length === 1 && cells[0] === "") return; // empty file: reported below
      const fields = checkHeader(schema, record, at, problem);
      columns = {
        fields,
        columnOf: new Map(fields.flatMap((f, i) => (f ? [[f.name, i] as const] : []))),
        parsers: fields.map((f) => (f ? cellParser(f) : null)),
        inSchemaOrder: fields.length === schema.fields.length && fields.every((f, i) => f === schema.fields[i]),
      };
      headerWidth = cells.length;
      return;
    }
    recordsInFile++;
    if (record.malformed) return; // already reported by the CSV reader
    if (cells.every((c) => c === "")) return problem(at(record.offset), "blank row");
    if (cells.length !== headerWidth) return problem(at(record.offset), `row has ${cells.length} cells but the header has ${headerWidth}`);
    const row = typedRow(schema, columns, record, at, problem);
    if (row === null) {
      const rawKey = cells[columns.columnOf.get(schema.primaryKey) ?? -1];
      if (rawKey) refusedKeys.add(rawKey);
    }
    const key = row?.values[schema.primaryKey];
    const keyOffset = row ? offsetOf(row, schema.primaryKey) : undefined;
    if (row === null || typeof key !== "string" || keyOffset === undefined) {
      if (row) checkOrder(schema, row, at, problem);
      return;
    }
    checkOrder(schema, row, at, problem);
    if (!seenIds.add(key, keyOffset)) {
      return problem(at(keyOffset), `duplicate ${schema.primaryKey} ${JSON.stringify(key)} (first used on line ${firstLineOf(key)})`);
    }
    validated++;
    onRow(row);
  };

  /** The line where `key` was first used as the primary key: a second, rare pass over the rows. */
  const firstLineOf = (key: string): number => {
    let line = 0;
    const column = columns?.columnOf.get(schema.primaryKey);
    readCsv(text, (r) => {
      if (line === 0 && column !== undefined && r.values[column] === key) line = at(r.offsets[column] ?? r.offset).line;
    }, at);
    return line;
  };

  for (const p of readCsv(text, onRecord, at)) problem(p, p.message);
  if (columns === null) problem({ line: 1, column: 1 }, "file is empty: expected a header row and at least one data row");
  else if (recordsInFile === 0) problem({ line: 1, column: 1 }, "no data rows: a dataset cannot be empty");
  return { problems, recordsInFile, validated, positionOf: at, refusedKeys };
}

/** Validates a table and keeps its valid rows. */
export function validateTable(schema: TableSchema, bytes: Uint8Array, file: string): TableResult {
  const rows: LocatedRow[] = [];
  const result = scanTable(schema, bytes, file, (row) => rows.push(row));
  return { ...result, rows };
}
