/**
 * One record of a CSV checked against its schema: the header's columns, each
 * cell parsed by its field's type, and the order of dates and numbers within a
 * row (a period's start before its end, a low before a high). `validate.ts`
 * drives these over a whole file.
 */
import { parseCell, type CellResult } from "./cells.ts";
import type { RawRecord } from "./csv.ts";
import { firstDay, lastDay } from "./partial-date.ts";
import type { Position, PositionOf } from "./positions.ts";
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

export type Report = (p: Position, message: string) => void;

export function checkHeader(schema: TableSchema, header: RawRecord, at: PositionOf, problem: Report): (FieldBase | null)[] {
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
export function checkOrder(schema: TableSchema, row: LocatedRow, at: PositionOf, problem: Report): void {
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

export function cellParser(field: FieldBase): CellParser {
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

export interface Columns {
  readonly fields: readonly (FieldBase | null)[];
  readonly columnOf: ReadonlyMap<string, number>;
  readonly parsers: readonly (CellParser | null)[];
  /** True when the file's columns are exactly the schema's, in order: rows need no reordering. */
  readonly inSchemaOrder: boolean;
}

/** Types one record's cells; returns the row, or null (with problems reported) when any cell is bad. */
export function typedRow(schema: TableSchema, columns: Columns, record: RawRecord, at: PositionOf, problem: Report): LocatedRow | null {
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
