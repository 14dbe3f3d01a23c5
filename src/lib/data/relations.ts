/**
 * Checks between tables: every foreign key value (a `source_id`, a `case_id`,
 * a `conflicts_with`) must exist as the primary key of the table it names.
 */
import type { PositionOf } from "./positions.ts";
import type { Problem } from "./problems.ts";
import type { TableSchema } from "./schema-types.ts";
import { offsetOf, type LocatedRow } from "./validate.ts";

export interface ValidatedTable {
  readonly schema: TableSchema;
  readonly file: string;
  readonly rows: readonly LocatedRow[];
  /** Line and column of a character offset in this table's file. */
  readonly positionOf: PositionOf;
}

export function checkForeignKeys(tables: readonly ValidatedTable[]): Problem[] {
  const keys = new Map(tables.map((t) => [t.schema.name, new Set(t.rows.map((r) => r.values[t.schema.primaryKey]))]));
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
          if (typeof value === "string" && offset !== undefined && !target.has(value)) {
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
