/**
 * Validates one CSV against its schema: header, row shape, every cell's type and
 * allowed values, blank required cells, duplicate ids and date/number order
 * within a row. Collects every problem rather than stopping at the first.
 * Relations between tables (foreign keys) are checked in `relations.ts`.
 *
 * `scanTable` streams: each valid row goes to a callback and is not kept, so a
 * million-row file can be validated and aggregated in bounded memory (only the
 * set of ids is held, to find duplicates). `validateTable` collects the rows.
 */
import { parseCell, type CellResult } from "./cells.ts";
import { readCsv, type RawRecord } from "./csv.ts";
import { decodeUtf8, wrongEncoding } from "./decode.ts";
import { IdIndex } from "./id-index.ts";
import { firstDay, lastDay } from "./partial-date.ts";
import { positionIndex, type Position, type PositionOf } from "./positions.ts";
import type { Problem } from "./problems.ts";
import type { FieldBase, TableSchema } from "./schema-types.ts";

/** A valid row, with the character offset of each of its cells (for later cross-table checks). */
export interface LocatedRow {
  readonly values: Record<string, unknown>;
  /** Cell offsets in file column order; `columnOf` (shared by all rows of a file) maps a field to its column. */
  readonly offsets: readonly number[];
  readonly columnOf: ReadonlyMap<string, number>;
}

/** Character offset of a row's cell for `field`, if the file has that column. */
export function offsetOf(row: LocatedRow, field: string): number | undefined {
  const column = row.columnOf.get(field);
  return column === undefined ? undefined : row.offsets[column];
}

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

type Report = (p: Position, message: string) => void;

function checkHeader(schema: TableSchema, header: RawRecord, at: PositionOf, problem: Report): (FieldBase | null)[] {
  const seen = new Set<string>();
  const columns = header.values.map((written, i) => {
    const offset = header.offsets[i] ?? header.offset;
    // A BOM inside the header (a file pasted after another) is named, and the column still counts as what it
    // says, so one message is shown rather than an "unknown" and a "missing" column as well.
    const name = written.replaceAll("\uFEFF", "");
    if (name !== written) {
      problem(at(offset), `column name ${JSON.stringify(written).replaceAll("\uFEFF", "\\uFEFF")} holds a byte order mark (U+FEFF): a BOM may only stand at the very start of the file, once`);
    }
    const field = schema.fields.find((f) => f.name === name);
    if (!field) problem(at(offset), `unknown column ${JSON.stringify(name)}; expected: ${schema.fields.map((f) => f.name).join(", ")}`);
    else if (seen.has(field.name)) problem(at(offset), `column ${JSON.stringify(field.name)} appears twice`);
    seen.add(name);
    return field ?? null;
  });
  for (const field of schema.fields) {
    // A column added after some versions were released may be absent from those versions' files: read as blank.
    if (!seen.has(field.name) && !field.addedLater) problem({ line: 1, column: 1 }, `missing column ${JSON.stringify(field.name)}`);
  }
  return columns;
}

/** Checks `end >= start` for each ordered pair, on the widest reading of partial dates. */
function checkOrder(schema: TableSchema, row: LocatedRow, at: PositionOf, problem: Report): void {
  for (const { start, end } of schema.orderedPairs) {
    const a = row.values[start];
    const b = row.values[end];
    const offset = offsetOf(row, end);
    if (typeof a === "string" && typeof b === "string" && offset !== undefined && lastDay(b) < firstDay(a)) {
      problem(at(offset), `${end} ${b} is before ${start} ${a}`);
    }
  }
  for (const { start, end } of schema.orderedNumbers ?? []) {
    const a = row.values[start];
    const b = row.values[end];
    const offset = offsetOf(row, end);
    if (typeof a === "number" && typeof b === "number" && offset !== undefined && b < a) problem(at(offset), `${end} ${b} is less than ${start} ${a}`);
  }
}

type CellParser = (raw: string) => CellResult;

// Types whose values repeat across rows (dates, allowed values): their parse results are cached per column,
// which matters for large files. Ids, text and numbers are mostly unique, so they are parsed every time.
const CACHED_TYPES = new Set<FieldBase["type"]>(["enum", "list", "date", "partial_date"]);
const CACHE_LIMIT = 10_000;

function cellParser(field: FieldBase): CellParser {
  if (!CACHED_TYPES.has(field.type)) return (raw) => parseCell(field, raw);
  const cache = new Map<string, CellResult>();
  return (raw) => {
    let result = cache.get(raw);
    if (result === undefined) {
      result = parseCell(field, raw);
      if (cache.size < CACHE_LIMIT) cache.set(raw, result);
    }
    return result;
  };
}

interface Columns {
  readonly fields: readonly (FieldBase | null)[];
  readonly columnOf: ReadonlyMap<string, number>;
  readonly parsers: readonly (CellParser | null)[];
  /** True when the file's columns are exactly the schema's, in order: rows need no reordering. */
  readonly inSchemaOrder: boolean;
}

/** Types one record's cells; returns the row, or null (with problems reported) when any cell is bad. */
function typedRow(schema: TableSchema, columns: Columns, record: RawRecord, at: PositionOf, problem: Report): LocatedRow | null {
  const values: Record<string, unknown> = {};
  let valid = true;
  for (let i = 0; i < record.values.length; i++) {
    const field = columns.fields[i];
    const parse = columns.parsers[i];
    const raw = record.values[i] ?? "";
    const offset = record.offsets[i] ?? record.offset;
    if (!field || !parse) continue;
    if (raw === "") {
      if (field.required) {
        problem(at(offset), `${field.name} is required but blank`);
        valid = false;
      }
      values[field.name] = field.type === "list" || field.type === "id_list" ? [] : null;
      continue;
    }
    const result = parse(raw);
    if (result.ok) values[field.name] = result.value;
    else {
      problem(at(offset), `${field.name}: ${result.message}`);
      valid = false;
    }
  }
  if (!valid) return null;
  const { offsets } = record;
  if (columns.inSchemaOrder) return { values, offsets, columnOf: columns.columnOf };
  // Schema order, whatever the column order in the file, so downloads are stable.
  const ordered: Record<string, unknown> = {};
  for (const f of schema.fields) ordered[f.name] = f.name in values ? values[f.name] : null;
  return { values: ordered, offsets, columnOf: columns.columnOf };
}

/**
 * The first line end, outside quoted cells, of a different kind from the first line's (CRLF then LF alone, or the
 * reverse), or null when the file is consistent. One linear pass; quotes toggle the state (a doubled `""` toggles twice).
 */
export function mixedLineEnds(text: string): { offset: number; message: string } | null {
  const firstLf = text.indexOf("\n");
  if (firstLf === -1) return null;
  const crlf = text[firstLf - 1] === "\r";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    else if (ch === 10 && !quoted && (text.charCodeAt(i - 1) === 13) !== crlf) {
      const lineStart = text.lastIndexOf("\n", i - 1) + 1;
      const [first, here] = crlf ? ["CRLF (Windows)", "LF alone"] : ["LF alone", "CRLF (Windows)"];
      return { offset: lineStart, message: `line ends are mixed: the first line ends with ${first} but this line ends with ${here}; save the file with one kind of line end` };
    }
  }
  return null;
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
