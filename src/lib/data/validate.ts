/**
 * Validates one CSV against its schema: header, row shape, every cell's type and
 * allowed values, blank required cells, duplicate ids and date/number order
 * within a row. Collects every problem rather than stopping at the first.
 * Relations between tables (foreign keys) are checked in `relations.ts`.
 */
import { parseCell } from "./cells.ts";
import { parseCsv, type Cell } from "./csv.ts";
import { decodeUtf8 } from "./decode.ts";
import type { Position } from "./positions.ts";
import { firstDay, lastDay } from "./partial-date.ts";
import type { Problem } from "./problems.ts";
import type { FieldBase, TableSchema } from "./schema-types.ts";

/** A valid row, with where each of its cells sits in the file (for later cross-table checks). */
export interface LocatedRow {
  readonly values: Record<string, unknown>;
  readonly at: Readonly<Record<string, Position>>;
}

export interface TableResult {
  readonly rows: readonly LocatedRow[];
  readonly problems: readonly Problem[];
  /** Data records found in the file (every non-header record, valid or not). */
  readonly recordsInFile: number;
}

function checkHeader(schema: TableSchema, header: readonly Cell[], problem: (p: Position, m: string) => void): (FieldBase | null)[] {
  const seen = new Set<string>();
  const columns = header.map((cell) => {
    const field = schema.fields.find((f) => f.name === cell.value);
    if (!field) problem(cell, `unknown column ${JSON.stringify(cell.value)}; expected: ${schema.fields.map((f) => f.name).join(", ")}`);
    else if (seen.has(field.name)) problem(cell, `column ${JSON.stringify(field.name)} appears twice`);
    seen.add(cell.value);
    return field ?? null;
  });
  for (const field of schema.fields) {
    if (!seen.has(field.name)) problem({ line: 1, column: 1 }, `missing column ${JSON.stringify(field.name)}`);
  }
  return columns;
}

/** Checks `end >= start` for each ordered pair, on the widest reading of partial dates. */
function checkOrder(schema: TableSchema, row: LocatedRow, problem: (p: Position, m: string) => void): void {
  for (const { start, end } of schema.orderedPairs) {
    const a = row.values[start];
    const b = row.values[end];
    const at = row.at[end];
    if (typeof a === "string" && typeof b === "string" && at && lastDay(b) < firstDay(a)) {
      problem(at, `${end} ${b} is before ${start} ${a}`);
    }
  }
  for (const { start, end } of schema.orderedNumbers ?? []) {
    const a = row.values[start];
    const b = row.values[end];
    const at = row.at[end];
    if (typeof a === "number" && typeof b === "number" && at && b < a) problem(at, `${end} ${b} is less than ${start} ${a}`);
  }
}

export function validateTable(schema: TableSchema, bytes: Uint8Array, file: string): TableResult {
  const problems: Problem[] = [];
  const problem = (p: Position, message: string) => problems.push({ file, line: p.line, column: p.column, message });

  const { text, invalid } = decodeUtf8(bytes);
  for (const p of invalid) problem(p, "bytes here are not valid UTF-8; save the file as UTF-8");
  const parsed = parseCsv(text);
  for (const p of parsed.problems) problem(p, p.message);

  const [header, ...records] = parsed.records;
  if (!header || (header.cells.length === 1 && header.cells[0]?.value === "")) {
    problem({ line: 1, column: 1 }, "file is empty: expected a header row and at least one data row");
    return { rows: [], problems, recordsInFile: 0 };
  }
  const columns = checkHeader(schema, header.cells, problem);
  if (records.length === 0) problem({ line: 1, column: 1 }, "no data rows: a dataset cannot be empty");

  const rows: LocatedRow[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const record of records) {
    const { cells } = record;
    if (record.malformed) continue; // already reported by the CSV reader
    if (cells.every((c) => c.value === "")) {
      problem(record, "blank row");
      continue;
    }
    if (cells.length !== header.cells.length) {
      problem(record, `row has ${cells.length} cells but the header has ${header.cells.length}`);
      continue;
    }
    const values: Record<string, unknown> = {};
    const at: Record<string, Position> = {};
    let valid = true;
    cells.forEach((cell, i) => {
      const field = columns[i];
      if (!field) return;
      at[field.name] = { line: cell.line, column: cell.column };
      if (cell.value === "") {
        if (field.required) {
          problem(cell, `${field.name} is required but blank`);
          valid = false;
        }
        values[field.name] = field.type === "list" || field.type === "id_list" ? [] : null;
        return;
      }
      const result = parseCell(field, cell.value);
      if (result.ok) values[field.name] = result.value;
      else {
        problem(cell, `${field.name}: ${result.message}`);
        valid = false;
      }
    });
    const key = values[schema.primaryKey];
    const keyAt = at[schema.primaryKey];
    if (typeof key === "string" && keyAt) {
      const first = firstLineOfId.get(key);
      if (first !== undefined) {
        problem(keyAt, `duplicate ${schema.primaryKey} ${JSON.stringify(key)} (first used on line ${first})`);
        valid = false;
      } else firstLineOfId.set(key, keyAt.line);
    }
    // Schema order, whatever the column order in the file, so downloads are stable.
    const row = { values: Object.fromEntries(schema.fields.map((f) => [f.name, values[f.name]])), at };
    checkOrder(schema, row, problem);
    if (valid) rows.push(row);
  }
  return { rows, problems, recordsInFile: records.length };
}
