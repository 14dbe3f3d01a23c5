/**
 * Resolves what explainer components name against the datasets: which source
 * each reference cites (for citation numbers), and which text cells a
 * `<Detail cell>` may quote. Pure: it takes the datasets and reads nothing.
 *
 * A cell reference is `dataset/row-id/column`, e.g. `case_steps/preston-sentence/description`.
 * Only free-text columns (schema type `text`) can be quoted: that is where numbers
 * live that have no column of their own (a sentence length inside a case step, a
 * follower count inside a case's methods), and quoting the whole cell keeps them
 * in the curators' words instead of retyped.
 */
import { SCHEMAS, type DatasetName, type Datasets } from "../data/schemas.ts";
import { formatNumber } from "../format/numbers.ts";
import type { RefKind } from "./refs.ts";

export interface CellRef {
  readonly dataset: DatasetName;
  readonly rowId: string;
  readonly field: string;
}

type Row = Readonly<Record<string, unknown>> & { readonly id: string };

const TEXT_FIELDS: ReadonlyMap<string, readonly string[]> = new Map(
  SCHEMAS.map((s) => [s.name, s.fields.filter((f) => f.type === "text").map((f) => f.name)]),
);

/** The columns of `dataset` that `<Detail>` may quote (its `text` columns), in schema order. */
export function quotableFields(dataset: string): readonly string[] {
  return TEXT_FIELDS.get(dataset) ?? [];
}

/** `"cases/preston-zada/summary"` -> its parts, or null when it does not name a dataset's text column. */
export function parseCellRef(ref: string): CellRef | null {
  const parts = ref.split("/");
  if (parts.length !== 3) return null;
  const [dataset = "", rowId = "", field = ""] = parts;
  if (rowId === "" || !quotableFields(dataset).includes(field)) return null;
  return { dataset: dataset as DatasetName, rowId, field };
}

function rowsOf(data: Datasets, dataset: DatasetName): readonly Row[] {
  return data[dataset] as readonly Row[];
}

function findRow(data: Datasets, dataset: DatasetName, rowId: string): Row | undefined {
  return rowsOf(data, dataset).find((r) => r.id === rowId);
}

/** The source a row cites: its `source_id`, or the row itself for a row of sources.csv. */
function rowSource(dataset: DatasetName, row: Row): string | undefined {
  if (dataset === "sources") return row.id;
  return typeof row["source_id"] === "string" ? row["source_id"] : undefined;
}

export interface QuotedCell {
  /** The cell exactly as in the CSV. */
  readonly text: string;
  /** The source the row cites. */
  readonly sourceId: string;
}

/** The text of a quotable, non-blank cell and its row's source; null for anything else. */
export function quoteCell(data: Datasets, ref: string): QuotedCell | null {
  const cell = parseCellRef(ref);
  if (!cell) return null;
  const row = findRow(data, cell.dataset, cell.rowId);
  const text = row?.[cell.field];
  const sourceId = row ? rowSource(cell.dataset, row) : undefined;
  if (typeof text !== "string" || text.trim() === "" || sourceId === undefined) return null;
  return { text, sourceId };
}

/** Every cell reference `<Detail>` accepts: each non-blank text cell of each dataset. */
export function quotableCells(data: Datasets): Set<string> {
  const refs = new Set<string>();
  for (const s of SCHEMAS) {
    for (const row of rowsOf(data, s.name as DatasetName)) {
      for (const field of quotableFields(s.name)) {
        const value = row[field];
        if (typeof value === "string" && value.trim() !== "") refs.add(`${s.name}/${row.id}/${field}`);
      }
    }
  }
  return refs;
}

/** Rows a reference kind points into; kinds that cite nothing (charts, cases, datasets) are absent. */
const ROW_KINDS: Partial<Record<RefKind, DatasetName>> = {
  claim: "takedowns",
  price: "prices",
  event: "events",
  step: "case_steps",
};

/**
 * The dataset a reference draws on: `claim` -> takedowns, `step` -> case_steps,
 * a cell -> its own dataset...; undefined for charts (they list their own sources)
 * and datasets (they name themselves in the frontmatter).
 */
export function datasetOfRef(kind: RefKind, id: string): DatasetName | undefined {
  if (kind === "cell") return parseCellRef(id)?.dataset;
  if (kind === "arrival") return "arrivals";
  if (kind === "case") return "cases";
  if (kind === "source") return "sources";
  return ROW_KINDS[kind];
}

/**
 * The source a reference prints a citation to, or undefined for references
 * that cite nothing (`<Chart>`, `<CaseLink>`, frontmatter lists) or unknown ids.
 */
export function sourceOfRef(data: Datasets, kind: RefKind, id: string): string | undefined {
  if (kind === "source") return id;
  if (kind === "cell") return quoteCell(data, id)?.sourceId;
  if (kind === "arrival") return arrivalsOf(data, id)?.source_id;
  const dataset = ROW_KINDS[kind];
  if (dataset === undefined) return undefined;
  const row = findRow(data, dataset, id);
  return row ? rowSource(dataset, row) : undefined;
}

/** The small boat arrivals row for a year given as text ("2024"), as `<Arrivals year>` names it. */
export function arrivalsOf(data: Datasets, year: string): Datasets["arrivals"][number] | undefined {
  return data.arrivals.find((a) => String(a.year) === year);
}

/**
 * What `<Arrivals>` prints for a row: the year's total ("36,816 people") or,
 * with `perBoat`, the average as reported ("53 people per boat on average");
 * null when the row gives no average per boat.
 */
export function arrivalsFigure(row: Datasets["arrivals"][number], perBoat: boolean): { value: number; text: string } | null {
  if (!perBoat) return { value: row.arrivals, text: `${formatNumber(row.arrivals)} people` };
  if (row.people_per_boat === null) return null;
  return { value: row.people_per_boat, text: `${formatNumber(row.people_per_boat)} people per boat on average` };
}

/** Link to a row in the data catalogue: `/data/prices/#nca-2025-range`. Ids are `[a-z0-9-]` and need no escaping. */
export function rowHref(dataset: DatasetName, rowId: string): string {
  return `/data/${dataset}/#${rowId}`;
}
