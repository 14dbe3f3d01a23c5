/**
 * The last guard of `npm run data:release`: before the curated CSV is rewritten in canonical form, every cell of
 * the new text is compared with the cell it replaces. Only the form may change (quoting, line ends, a BOM, column
 * order, redundant zeros in a number such as `1.50`); a value that would come out different (a rounded integer, an
 * `Infinity`) stops the release before anything is written. The validator already refuses such numbers; this
 * check does not rely on it.
 */
import { normalisedDecimal } from "../data/cells.ts";
import { parseCsv } from "../data/csv.ts";
import type { TableSchema } from "../data/schema-types.ts";

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Cells keyed by column name, one map per data record. */
function cellsByName(text: string): Map<string, string>[] {
  const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, "")).records;
  const names = header?.cells.map((c) => c.value) ?? [];
  return records.map((r) => new Map(r.cells.map((c, i) => [names[i] ?? "", c.value])));
}

/** Each cell whose value `after` would change, as `row N, column: "before" would be written as "after"`. */
export function changedValues(schema: TableSchema, before: string, after: string): string[] {
  const old = cellsByName(before);
  const now = cellsByName(after);
  const changes: string[] = [];
  if (old.length !== now.length) changes.push(`the file has ${old.length} rows but would be written with ${now.length}`);
  for (let r = 0; r < Math.min(old.length, now.length); r++) {
    for (const field of schema.fields) {
      const was = old[r]?.get(field.name) ?? "";
      const will = now[r]?.get(field.name) ?? "";
      const numeric = (field.type === "integer" || field.type === "number") && PLAIN_NUMBER.test(was);
      if (numeric ? normalisedDecimal(was) !== will : was !== will) {
        changes.push(`row ${r + 1}, ${field.name}: ${JSON.stringify(was)} would be written as ${JSON.stringify(will)}`);
      }
    }
  }
  return changes;
}
