/**
 * A dataset's rows in each download format. All are generated from the
 * validated rows, so they hold the same values: the CSV with the project's one
 * RFC 4180 writer, the JSON as typed records, the schema from datapackage.ts.
 */
import { tableSchemaOf } from "../data/datapackage.ts";
import type { TableSchema } from "../data/schema-types.ts";
import type { Datasets } from "../data/schemas.ts";
import { tableToCsv } from "../data/serialize.ts";

export type Rows = readonly Readonly<Record<string, unknown>>[];

/** A dataset's rows by its name, for code that goes over every schema. */
export function rowsOf(data: Datasets, name: string): Rows {
  return (data as unknown as Readonly<Record<string, Rows>>)[name] ?? [];
}

/**
 * The canonical CSV: UTF-8 without BOM, RFC 4180 quoting, LF line ends, a header
 * row, columns in schema order. The curated files in data/ are kept in exactly
 * this form (a test checks), so the download is the curated file byte for byte.
 */
export function canonicalCsv(schema: TableSchema, rows: Rows): string {
  return tableToCsv(schema, rows);
}

/**
 * Typed records: an array with one object per row, keys in schema order,
 * numbers as numbers, `list` and `id_list` cells as arrays, blank cells as null.
 */
export function jsonRecords(rows: Rows): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** The Frictionless Table Schema, the same object `datapackage.json` embeds. */
export function tableSchemaJson(schema: TableSchema): string {
  return `${JSON.stringify(tableSchemaOf(schema), null, 2)}\n`;
}

/**
 * Whether the file text is the canonical CSV of its rows. A UTF-8 BOM, CRLF line
 * ends, extra quotes or another column order all make it differ: `npm run
 * data:release` rewrites the file in canonical form.
 */
export function isCanonical(schema: TableSchema, rows: Rows, text: string): boolean {
  return canonicalCsv(schema, rows) === text;
}
