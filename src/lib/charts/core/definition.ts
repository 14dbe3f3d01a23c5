/**
 * The contract every chart module fulfils. A chart declares the rows it draws
 * (the Table view and CSV download show exactly these), builds its geometry at
 * a given width, and names its notes. Pages and downloads only consume this.
 */
import type { Datasets, DatasetName, Source } from "../../data/schemas.ts";
import type { ChartModel } from "./frame.ts";

/** How many of a chart's notes show under it before the rest fold away: the ones a reader needs to read the marks. */
export const LEAD_NOTES = 2;

/** A chart's notes as the page shows them: the lead ones, and the rest to fold under "More notes". */
export function splitNotes(notes: readonly string[]): { readonly lead: readonly string[]; readonly more: readonly string[] } {
  return { lead: notes.slice(0, LEAD_NOTES), more: notes.slice(LEAD_NOTES) };
}

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
  /**
   * Caveats shown under the chart and baked into downloads, most needed first: the first LEAD_NOTES are shown
   * under the chart, the rest fold under "More notes" on the page (all of them print and go into downloads).
   */
  notes(data: Datasets): string[];
}

/**
 * Chart widths drawn for every chart: phones get the compact one, tablets and narrow windows the regular one, wide
 * screens the wide one. Three, because one drawing cannot do both: text that is 12px where the regular drawing is
 * first shown (640px) grows to 18px at 960px, and issue 11 asks for caption size (15px) on a wide screen. The wide
 * drawing is 864 = 960 × 13.5 / 15 units: at its widest (WIDE_SHOWN_MAX) its 13.5-unit text renders at 15px.
 */
export const WIDTHS = { compact: 360, regular: 720, wide: 864 } as const;

export type WidthName = keyof typeof WIDTHS;

/**
 * Below this width a chart draws its compact layout (shorter labels, fewer ticks, stacked legends).
 * 500 sits between the two drawn widths, so each of them falls clearly on one side.
 */
export const COMPACT_BELOW = 500;

/** Whether a chart drawn `width` user units wide uses its compact layout. */
export function isCompact(width: number): boolean {
  return width < COMPACT_BELOW;
}

/** From this drawn width on, a drawing is the wide one (800 sits between the regular and wide drawn widths). */
export const WIDE_FROM = 800;

/** Which drawing a drawn width is: compact, regular or wide. */
export function widthName(width: number): WidthName {
  return isCompact(width) ? "compact" : width >= WIDE_FROM ? "wide" : "regular";
}

/** Smallest chart text as rendered, in CSS px (issue 11: readable on a phone and on a desktop). */
export const MIN_TEXT_PX = 12;

/** Caption and note text on the page, CSS px (--step--1 in tokens.css): the wide drawing's text matches it. */
export const CAPTION_PX = 15;

/** The widest a chart is shown, CSS px: --wide in tokens.css (60rem), the breakout width on a large screen. */
export const WIDE_SHOWN_MAX = 960;

/**
 * Narrowest box each drawing is shown in, CSS px: the compact one in a 360px phone's column (two 16px gutters),
 * the regular one from 640px (ChartFigure's container query and the embed's `regularFrom` switch there: an
 * article column of 720px, less the embed's padding, still gets the regular drawing), the wide one from 850px
 * (ChartFigure; embeds stop at the regular drawing). 850 keeps the regular drawing's text within 1px of the caption
 * size (13.5 × 850 / 720 = 15.9) and a tap target sized for the regular drawing (27 units) at least 24px in the wide one (27 × 850 / 864).
 */
export const SHOWN_FROM = { compact: 328, regular: 640, wide: 850 } as const;

/**
 * Font size in user units for all chart text at a drawn width: MIN_TEXT_PX scaled up by how far the drawing can
 * be shrunk, rounded up to a half unit (compact: 12 × 360 / 328 = 13.2 → 13.5; regular: 12 × 720 / 640 = 13.5;
 * wide: 12 × 864 / 850 = 12.2 → 12.5), and for the wide drawing at least CAPTION_PX at its widest
 * (15 × 864 / 960 = 13.5). So every drawing sets its text at 13.5 units; no chart text is smaller; titles may be larger.
 */
export function chartFontSize(width: number): number {
  const name = widthName(width);
  const smallest = Math.ceil(((MIN_TEXT_PX * WIDTHS[name]) / SHOWN_FROM[name]) * 2) / 2;
  return name === "wide" ? Math.max(smallest, (CAPTION_PX * WIDTHS.wide) / WIDE_SHOWN_MAX) : smallest;
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
