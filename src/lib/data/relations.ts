/**
 * Checks between tables: every foreign key value (a `source_id`, a `case_id`,
 * a `conflicts_with`) must exist as the primary key of the table it names, and
 * a symmetric key (`conflicts_with`) must never name its own row and must be
 * answered by the row it names.
 */
import type { PositionOf } from "./positions.ts";
import type { Problem } from "./problems.ts";
import type { ForeignKey, TableSchema } from "./schema-types.ts";
import { offsetOf, type LocatedRow } from "./validate.ts";

export interface ValidatedTable {
  readonly schema: TableSchema;
  readonly file: string;
  readonly rows: readonly LocatedRow[];
  /** Line and column of a character offset in this table's file. */
  readonly positionOf: PositionOf;
  /** Keys of rows refused for another problem (see `ScanResult.refusedKeys`): links to them are not reported twice. */
  readonly refusedKeys?: ReadonlySet<string>;
}

export function checkForeignKeys(tables: readonly ValidatedTable[]): Problem[] {
  const keys = new Map(tables.map((t) => [t.schema.name, new Set(t.rows.map((r) => r.values[t.schema.primaryKey]))]));
  const refused = new Map(tables.map((t) => [t.schema.name, t.refusedKeys ?? new Set<string>()]));
  const problems: Problem[] = [];
  for (const { schema, file, rows, positionOf } of tables) {
    for (const fk of schema.foreignKeys) {
      const target = keys.get(fk.reference.resource);
      // A missing or wholly invalid target table has already been reported by itself.
      if (!target || target.size === 0) continue;
      for (const row of rows) {
        const cell = row.values[fk.field];
        const offset = offsetOf(row, fk.field);
        const values = Array.isArray(cell) ? cell : [cell];
        for (const value of values) {
          if (typeof value === "string" && offset !== undefined && !target.has(value) && !refused.get(fk.reference.resource)?.has(value)) {
            const at = positionOf(offset);
            problems.push({
              file,
              line: at.line,
              column: at.column,
              message: `${fk.field} ${JSON.stringify(value)} does not exist in ${fk.reference.resource}.csv`,
            });
          }
        }
      }
    }
  }
  return problems;
}

/** The ids a row names in a key column: a single id or a list of them. */
function linksOf(row: LocatedRow, field: string): string[] {
  const cell = row.values[field];
  return (Array.isArray(cell) ? cell : [cell]).filter((v): v is string => typeof v === "string");
}

/** Self-links and one-way links of each symmetric key (the targets' existence is checked by `checkForeignKeys`). */
export function checkSymmetricKeys(tables: readonly ValidatedTable[]): Problem[] {
  const problems: Problem[] = [];
  for (const { schema, file, rows, positionOf } of tables) {
    const keys = schema.foreignKeys.filter((fk: ForeignKey) => fk.symmetric === true && fk.reference.resource === schema.name);
    for (const fk of keys) {
      const linksById = new Map(rows.map((r) => [r.values[schema.primaryKey], new Set(linksOf(r, fk.field))]));
      for (const row of rows) {
        const id = row.values[schema.primaryKey];
        const offset = offsetOf(row, fk.field);
        if (typeof id !== "string" || offset === undefined) continue;
        const at = positionOf(offset);
        const report = (message: string) => problems.push({ file, line: at.line, column: at.column, message });
        for (const target of linksOf(row, fk.field)) {
          if (target === id) report(`${fk.field} names this row's own id ${JSON.stringify(id)}; a row cannot conflict with itself`);
          else if (linksById.get(target)?.has(id) === false) {
            report(`${fk.field} names ${JSON.stringify(target)}, but ${JSON.stringify(target)} does not name ${JSON.stringify(id)} back; links in ${fk.field} must go both ways`);
          }
        }
      }
    }
  }
  return problems;
}
