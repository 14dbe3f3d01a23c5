/**
 * The spreadsheet-safe copy of a CSV, and the policy behind it.
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
 */
import { writeCsv } from "../data/csv.ts";
import type { FieldBase, TableSchema } from "../data/schema-types.ts";
import { cellText } from "../data/serialize.ts";

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

/** The policy in plain words, shown on the data pages and in every README, so all say the same. */
export const SPREADSHEET_POLICY: readonly string[] = [
  "Each dataset comes as two CSV files. The canonical CSV holds every value exactly as curated: use it for analysis, for scripts and to check figures.",
  "The spreadsheet-safe CSV is for opening in Excel, LibreOffice or Google Sheets. A spreadsheet runs a cell as a formula when it starts with =, +, -, @, a tab or a line break, so in this copy every text cell that starts with one of those characters, or with an apostrophe, has an apostrophe (') added in front. Spreadsheets read a leading apostrophe as “this is text”; some show it.",
  "Number columns are never changed. Removing one leading apostrophe from each text cell that has one gives back the canonical values exactly.",
  "The spreadsheet-safe copy also starts with a UTF-8 byte order mark, so that Excel shows accents and symbols such as £ correctly.",
];
