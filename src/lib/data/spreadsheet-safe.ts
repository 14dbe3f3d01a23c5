/**
 * The spreadsheet-safe copy of a CSV: one policy for every CSV the site serves
 * (a dataset's spreadsheet-safe file and a chart's CSV of the rows it draws).
 *
 * Spreadsheet programs run a cell as a formula when its text starts with `=`,
 * `+`, `-` or `@` (and some also after a tab, CR or LF), so a hostile string in
 * a dataset could run when a journalist opens the file ("CSV injection").
 * The canonical CSV keeps every value exactly as curated; the spreadsheet-safe
 * copy changes text cells only, like this:
 *
 * - a text cell that starts with `=`, `+`, `-`, `@`, tab, CR or LF gets a `'`
 *   in front: spreadsheets read a leading apostrophe as "this is text";
 * - a text cell that already starts with `'` gets one more, so that removing
 *   exactly one leading `'` from every text cell that has one always gives back
 *   the canonical value (the copy round-trips exactly);
 * - number columns (`integer`, `number`) are never touched: `-5` stays a number;
 * - the file starts with a UTF-8 byte order mark, which Excel needs to read
 *   UTF-8 (otherwise "£" shows as "Â£"). Line ends and quoting are as canonical.
 *
 * It lives in the data layer so that charts (below the catalogue) apply the very
 * same function; the policy's wording for readers is catalogue/spreadsheet.ts.
 */
import { writeCsv } from "./csv.ts";
import type { FieldBase, TableSchema } from "./schema-types.ts";
import { cellText } from "./serialize.ts";

/** Characters that make a spreadsheet treat a cell as a formula when they come first. */
export const RISKY_FIRST_CHARACTERS = ["=", "+", "-", "@", "\t", "\r", "\n"] as const;

/** The mark that says "text follows"; also doubled when a value already starts with it. */
export const TEXT_PREFIX = "'";

export const BYTE_ORDER_MARK = "\uFEFF";

/** Whether a text value needs the prefix in the spreadsheet-safe copy. */
export function needsPrefix(value: string): boolean {
  const first = value.charAt(0);
  return first === TEXT_PREFIX || (RISKY_FIRST_CHARACTERS as readonly string[]).includes(first);
}

/** One text cell made safe: `=1+1` -> `'=1+1`, `'quoted'` -> `''quoted'`, `plain` unchanged. */
export function safeText(value: string): string {
  return needsPrefix(value) ? `${TEXT_PREFIX}${value}` : value;
}

/** The inverse of `safeText`: drop one leading `'`. Gives back the canonical value exactly. */
export function unsafeText(value: string): string {
  return value.startsWith(TEXT_PREFIX) ? value.slice(TEXT_PREFIX.length) : value;
}

/** Number columns keep their text as it is; every other column holds text. */
export function isNumberField(field: FieldBase): boolean {
  return field.type === "integer" || field.type === "number";
}

/** Applies the policy to one row of cell strings (schema order). */
export function safeCells(fields: readonly FieldBase[], cells: readonly string[]): string[] {
  return cells.map((cell, i) => {
    const field = fields[i];
    return field && isNumberField(field) ? cell : safeText(cell);
  });
}

/** The spreadsheet-safe CSV of typed rows: the canonical CSV with the policy applied and a BOM. */
export function spreadsheetSafeCsv(schema: TableSchema, rows: readonly Readonly<Record<string, unknown>>[]): string {
  const header = schema.fields.map((f) => f.name);
  const cells = rows.map((row) => safeCells(schema.fields, header.map((name) => cellText(row[name]))));
  return BYTE_ORDER_MARK + writeCsv(header, cells);
}

