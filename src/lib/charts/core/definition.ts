/**
 * The contract every chart module fulfils. A chart declares the rows it draws
 * (the Table view and CSV download show exactly these), builds its geometry at
 * a given width, and names its notes. Pages and downloads only consume this.
 */
import type { Datasets, DatasetName, Source } from "../../data/schemas.ts";
import type { ChartModel } from "./frame.ts";

/** A row as every dataset has it: an id and the source it cites. */
export interface CitedRow {
  readonly id: string;
  readonly source_id: string;
}

export interface DrawnRows {
  readonly dataset: DatasetName;
  readonly rows: readonly CitedRow[];
}

/** One column of the chart's table: a heading and how to show a row's cell as text. */
export interface TableColumn<R> {
  readonly key: string;
  readonly label: string;
  readonly cell: (row: R) => string;
  /** Right-aligned numeric column. */
  readonly numeric?: boolean;
}

/** A table of the rows a chart draws, already as text: one entry per row, cells in column order. */
export interface ChartTable {
  readonly dataset: DatasetName;
  readonly caption: string;
  readonly columns: readonly { readonly label: string; readonly numeric: boolean }[];
  readonly rows: readonly { readonly id: string; readonly source_id: string; readonly cells: readonly string[] }[];
}

export function chartTable<R extends CitedRow>(dataset: DatasetName, caption: string, columns: readonly TableColumn<R>[], rows: readonly R[]): ChartTable {
  return {
    dataset,
    caption,
    columns: columns.map((c) => ({ label: c.label, numeric: c.numeric ?? false })),
    rows: rows.map((row) => ({ id: row.id, source_id: row.source_id, cells: columns.map((c) => c.cell(row)) })),
  };
}

export interface ChartDefinition {
  /** URL slug: /charts/<id>/. Stable once published. */
  readonly id: string;
  readonly title: string;
  /** One sentence for lists and link previews. */
  readonly summary: string;
  /** Exactly the rows drawn, per dataset. */
  rows(data: Datasets): DrawnRows[];
  /** Tables of exactly the rows drawn, with qualifiers and units spelled out. */
  tables(data: Datasets): ChartTable[];
  /** Geometry and SVG nodes at `width` user units (charts are drawn at a compact and a regular width). */
  build(data: Datasets, width: number): ChartModel;
  /** Caveats shown under the chart and baked into downloads. */
  notes(data: Datasets): string[];
}

/** Chart widths drawn for every chart: phones get the compact one, wider screens the regular one. */
export const WIDTHS = { compact: 360, regular: 720 } as const;

/**
 * Below this width a chart draws its compact layout (shorter labels, fewer ticks, stacked legends).
 * 500 sits between the two drawn widths, so each of them falls clearly on one side.
 */
export const COMPACT_BELOW = 500;

/** Whether a chart drawn `width` user units wide uses its compact layout. */
export function isCompact(width: number): boolean {
  return width < COMPACT_BELOW;
}

/** Smallest chart text as rendered, in CSS px (issue 11: readable on a phone and on a desktop). */
export const MIN_TEXT_PX = 12;

/**
 * Narrowest box each drawing is shown in, CSS px: the compact one in a 360px phone's column (two 16px gutters),
 * the regular one from 640px (ChartFigure's container query and the embed's `regularFrom` switch there: an
 * article column of 720px, less the embed's padding, still gets the regular drawing).
 */
export const SHOWN_FROM = { compact: 328, regular: 640 } as const;

/**
 * Font size in user units for all chart text at a drawn width: MIN_TEXT_PX scaled up by how far the drawing can
 * be shrunk, rounded up to a half unit (compact: 12 × 360 / 328 = 13.2 → 13.5; regular: 12 × 720 / 640 = 13.5). No chart text is
 * smaller; titles may be larger.
 */
export function chartFontSize(width: number): number {
  const shown = isCompact(width) ? SHOWN_FROM.compact : SHOWN_FROM.regular;
  const drawn = isCompact(width) ? WIDTHS.compact : WIDTHS.regular;
  return Math.ceil(((MIN_TEXT_PX * drawn) / shown) * 2) / 2;
}

/** The sources behind the rows a chart draws, in order of first use. */
export function sourcesOf(drawn: readonly DrawnRows[], sources: readonly Source[]): Source[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const ids = [...new Set(drawn.flatMap((d) => d.rows.map((r) => r.source_id)))];
  return ids.map((id) => byId.get(id)).filter((s): s is Source => s !== undefined);
}

/** "Source: National Crime Agency; The Independent (PA); BBC News." from the publishers used. */
export function sourceLine(sources: readonly Source[]): string {
  const names = [...new Set(sources.map((s) => (s.reproduces ? `${s.reproduces.replace(/ press release$/, "")} via ${s.publisher}` : s.publisher)))];
  return `Source${names.length === 1 ? "" : "s"}: ${names.join("; ")}.`;
}
