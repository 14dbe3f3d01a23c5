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
  /**
   * Added after the dataset's first release: files written before (the release archives) may lack the
   * column, and its cells then read as blank. Only for optional columns.
   */
  readonly addedLater?: boolean;
}

/** A column whose values must exist as the primary key of another (or the same) table. */
export interface ForeignKey {
  readonly field: string;
  readonly reference: { readonly resource: string; readonly field: string };
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
