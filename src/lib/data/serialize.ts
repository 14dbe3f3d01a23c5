/**
 * Typed rows back to CSV text, the inverse of validation: numbers as plain
 * digits, lists joined with `;`, null as a blank cell. Columns in schema order.
 */
import { writeCsv } from "./csv.ts";
import type { TableSchema } from "./schema-types.ts";

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(";");
  return String(value);
}

export function tableToCsv(schema: TableSchema, rows: readonly Readonly<Record<string, unknown>>[]): string {
  return writeCsv(
    schema.fields.map((f) => f.name),
    rows.map((row) => schema.fields.map((f) => cellText(row[f.name]))),
  );
}
