/**
 * A schema and its cells as a reader sees them: column types in plain words,
 * descriptions with their `code` spans, and each cell as text plus the links it
 * holds. Links are made only to http(s) URLs and to rows of our own datasets,
 * so a hostile value in the data can never become a `javascript:` link.
 */
import type { FieldBase, TableSchema } from "../data/schema-types.ts";
import { isHttpUrl } from "../identity/links.ts";
import { rowHref } from "../identity/data-urls.ts";

const TYPE_LABELS: Readonly<Record<FieldBase["type"], string>> = {
  id: "identifier",
  string: "text (one line)",
  text: "text",
  url: "web address (http or https)",
  integer: "whole number",
  number: "number",
  date: "date (YYYY-MM-DD)",
  partial_date: "date (YYYY, YYYY-MM or YYYY-MM-DD)",
  enum: "one of the allowed values",
  list: "allowed values separated by ;",
  id_list: "identifiers separated by ;",
};

/** The column's type in plain words: `partial_date` -> "date (YYYY, YYYY-MM or YYYY-MM-DD)". */
export function typeLabel(field: FieldBase): string {
  return TYPE_LABELS[field.type];
}

/** The column that a foreign key points to, e.g. `source_id` -> `sources`. */
export function referencedDataset(schema: TableSchema, field: FieldBase): string | null {
  return schema.foreignKeys.find((fk) => fk.field === field.name)?.reference.resource ?? null;
}

export interface Segment {
  readonly text: string;
  readonly code: boolean;
}

/** Splits "`a` or `b`" into text and code pieces, for descriptions written with backticks. */
export function codeSegments(text: string): Segment[] {
  const parts = text.split("`");
  // An odd number of backticks leaves the last piece unclosed: show it as text.
  const closed = parts.length % 2 === 1;
  return parts.map((part, i) => ({ text: part, code: i % 2 === 1 && (closed || i < parts.length - 1) })).filter((s) => s.text !== "");
}

export interface CellPart {
  readonly text: string;
  /** Where the part links to, or null for plain text. */
  readonly href: string | null;
}

export interface CellView {
  readonly parts: readonly CellPart[];
  /** Right-aligned and sorted as a number. */
  readonly numeric: boolean;
  /** The value the table sorts by: the cell's CSV text (blank for none). */
  readonly sortKey: string;
}

/** One cell of the rows table: the CSV text, with links for URLs and references to other rows. */
export function cellView(schema: TableSchema, field: FieldBase, value: unknown): CellView {
  const numeric = field.type === "integer" || field.type === "number";
  const items: string[] = value === null || value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
  const target = referencedDataset(schema, field);
  const parts = items.flatMap((item, i) => {
    const href = field.type === "url" ? (isHttpUrl(item) ? item : null) : target === null ? null : rowHref(target, item);
    const part: CellPart = { text: item, href };
    return i === 0 ? [part] : [{ text: "; ", href: null }, part];
  });
  return { parts, numeric, sortKey: items.join(";") };
}
