/**
 * The vocabulary every dataset schema is written in. A schema here is the single
 * source of truth for a CSV: the validator reads it, TypeScript row types are
 * derived from it (see `RowOf`), and `data/datapackage.json` is generated from it.
 */

/** Kinds of cell a column may hold. */
export type FieldType =
  /** A stable row id: lower-case letters, digits and hyphens, e.g. `nca-2024-cumulative`. */
  | "id"
  /** One line of free text. */
  | "string"
  /** Free text that may span several lines. */
  | "text"
  /** An absolute http(s) URL. */
  | "url"
  /** A whole number written with digits only: no thousands separators, no units. */
  | "integer"
  /** A decimal number written with digits and an optional `.` fraction. */
  | "number"
  /** A full ISO 8601 calendar date, `YYYY-MM-DD`. */
  | "date"
  /** An ISO 8601 date at the precision the source gave: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  | "partial_date"
  /** One value out of `values`. */
  | "enum"
  /** Zero or more of `values`, separated by `;` (e.g. `TikTok;Facebook`). */
  | "list"
  /** Zero or more row ids, separated by `;` (e.g. `nca-2024-year;ho-2025-03`). */
  | "id_list";

export interface FieldBase {
  readonly name: string;
  readonly type: FieldType;
  /** A blank cell is an error when true; it becomes `null` when false. */
  readonly required: boolean;
  /** What the column means, in plain words. Shown on data pages and in the Table Schema. */
  readonly description: string;
  /** Allowed values for `enum` and `list` columns. */
  readonly values?: readonly string[];
  /** Longest cell allowed, in characters; `maxLengthOf` gives the default for the type when unset. */
  readonly maxLength?: number;
  /** Smallest value of an `integer` or `number` column; `minimumOf` gives the default (0) when unset. */
  readonly minimum?: number;
  /** Largest value of an `integer` or `number` column, when there is one (e.g. 100 for a percentage). */
  readonly maximum?: number;
  /**
   * Added after the dataset's first release: files written before (the release archives) may lack the
   * column, and its cells then read as blank. Only for optional columns.
   */
  readonly addedLater?: boolean;
}

/**
 * Default cell length limits per type, in characters. Generous for real text (the longest curated note is
 * under 400 characters) but far below what could slow the build: a title a megabyte long is refused, not drawn.
 */
const MAX_LENGTH: Readonly<Record<Exclude<FieldType, "integer" | "number">, number>> = {
  id: 100,
  string: 1_000,
  text: 10_000,
  url: 2_000,
  date: 10,
  partial_date: 10,
  enum: 100,
  list: 1_000,
  id_list: 2_000,
};

/**
 * The longest cell allowed in this column, in characters (UTF-16 code units, as the validator counts); none for
 * numbers, which are limited by value instead (`minimumOf`, `maximum`, and what a double holds exactly).
 */
export function maxLengthOf(field: FieldBase): number | undefined {
  if (field.type === "integer" || field.type === "number") return undefined;
  return field.maxLength ?? MAX_LENGTH[field.type];
}

/**
 * The smallest value a number column allows. Every number in these datasets is a count, a price, a year or a
 * share, so none may be negative unless its field says otherwise (a negative count would draw a bar below zero).
 */
export function minimumOf(field: FieldBase): number | undefined {
  if (field.type !== "integer" && field.type !== "number") return undefined;
  return field.minimum ?? 0;
}

/** A column whose values must exist as the primary key of another (or the same) table. */
export interface ForeignKey {
  readonly field: string;
  readonly reference: { readonly resource: string; readonly field: string };
  /**
   * For a key into the same table: links always go both ways (if A names B, B names A) and never to the row
   * itself, as with conflicting figures. Checked by `relations.ts`.
   */
  readonly symmetric?: boolean;
}

/** A rule between two columns of one row: `end` must not be earlier than `start`. */
export interface OrderedPair {
  readonly start: string;
  readonly end: string;
}

export interface TableSchema<F extends readonly FieldBase[] = readonly FieldBase[]> {
  /** File stem: the table lives in `data/<name>.csv`. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly fields: F;
  readonly primaryKey: string;
  readonly foreignKeys: readonly ForeignKey[];
  /** Pairs of date columns where the end cannot precede the start. */
  readonly orderedPairs: readonly OrderedPair[];
  /** Pairs of number columns where the high value cannot be below the low one. */
  readonly orderedNumbers?: readonly OrderedPair[];
}

type ValueOf<F extends FieldBase> = F["type"] extends "integer" | "number"
  ? number
  : F["type"] extends "enum"
    ? F["values"] extends readonly (infer V)[]
      ? V
      : string
    : F["type"] extends "list"
      ? F["values"] extends readonly (infer V)[]
        ? V[]
        : string[]
      : F["type"] extends "id_list"
        ? string[]
        : string;

type CellOf<F extends FieldBase> = F["required"] extends true
  ? ValueOf<F>
  : F["type"] extends "list" | "id_list"
    ? ValueOf<F>
    : ValueOf<F> | null;

/** The typed row a schema describes: one property per field, blank optional cells as `null` (lists as `[]`). */
export type RowOf<S extends TableSchema> = {
  readonly [F in S["fields"][number] as F["name"]]: CellOf<F>;
};

/** Keeps literal types of a schema while checking its shape. */
export function defineTable<const F extends readonly FieldBase[]>(
  schema: TableSchema<F>,
): TableSchema<F> {
  return schema;
}
