/**
 * How tall an embed page is at a given frame width, estimated at build time
 * from the chart's drawings and its text, with the same measurements the
 * embed's stylesheet uses (src/components/embed/EmbedChart.astro). Text is
 * measured with DejaVu Sans widths, wider than most system fonts, so lines are
 * never fewer than a browser draws: an estimate errs tall, never short.
 *
 * It gives the snippet's heights: the initial height (before the embed reports
 * its own) at a typical article width, and the fixed height of the snippet
 * without script, which must show the whole chart view in a 360px-wide frame.
 */
import { textWidth, wrapText } from "../charts/core/text.ts";
import { WIDTHS } from "../charts/core/definition.ts";
import type { EmbedHeights } from "./snippet.ts";

/** CSS px; the embed stylesheet uses these same numbers. */
export const EMBED_LAYOUT = {
  /** Widest the embed's content grows (padding included); wider frames centre it. */
  maxWidth: 760,
  padX: 12,
  padTop: 10,
  padBottom: 12,
  titleSize: 20,
  titleLine: 26,
  titleGap: 8,
  figureGap: 8,
  smallSize: 14,
  smallLine: 20,
  /** Space between the footer's paragraphs and notes. */
  smallGap: 4,
  /** The folded notes' summary line: a 24px target. */
  summaryLine: 24,
  /** The figure shows the regular drawing from this content width (ChartFigure's container query). */
  regularFrom: 640,
  tableSize: 15.2,
  tableLine: 24.3,
  tableCellPad: 11.2,
  tableLongCell: 20 * 15.2,
} as const;

/** Frame width at which the initial height is estimated: a typical article column. */
export const INITIAL_FRAME_WIDTH = 720;
/** Frame width the fixed height (snippet without script) must fit. */
export const FIXED_FRAME_WIDTH = 360;
/** Room added to the fixed height for fonts that wrap differently. */
const FIXED_MARGIN = 12;

export interface EmbedText {
  readonly title: string;
  readonly compactHeight: number;
  readonly regularHeight: number;
  /** The footer: source line, the summary of the folded notes (null without notes) and credit lines, as shown. */
  readonly sourceLine: string;
  readonly notesSummary: string | null;
  readonly credit: readonly string[];
  /** Per table: caption, and per row its cells' text (with the source and id columns). */
  readonly tables: readonly { readonly caption: string; readonly rows: readonly (readonly string[])[] }[];
}

const L = EMBED_LAYOUT;

function lines(text: string, width: number, size: number, bold = false): number {
  return Math.max(1, wrapText(text, width, size, bold).length);
}

/** Content width inside a frame of `frameWidth`. */
export function contentWidth(frameWidth: number): number {
  return Math.min(frameWidth, L.maxWidth) - 2 * L.padX;
}

/** Height of the drawing at content width `width`: the compact one below `regularFrom`, the regular one from there, scaled to the width. */
export function drawingHeight(text: Pick<EmbedText, "compactHeight" | "regularHeight">, width: number): number {
  return width < L.regularFrom ? (text.compactHeight * width) / WIDTHS.compact : (text.regularHeight * width) / WIDTHS.regular;
}

function titleHeight(text: EmbedText, width: number): number {
  return L.padTop + lines(text.title, width, L.titleSize, true) * L.titleLine + L.titleGap;
}

function footerHeight(text: EmbedText, width: number): number {
  const paragraphs = [text.sourceLine, ...text.credit].map((t) => lines(t, width, L.smallSize) * L.smallLine);
  // The summary's disclosure triangle takes about 16px.
  const summaries = text.notesSummary === null ? [] : [lines(text.notesSummary, width - 16, L.smallSize) * L.summaryLine];
  const blocks = [...paragraphs, ...summaries];
  return blocks.reduce((a, b) => a + b, 0) + blocks.length * L.smallGap + L.padBottom;
}

/** The chart view's height in a frame `frameWidth` wide: title, drawing, footer. */
export function chartViewHeight(text: EmbedText, frameWidth: number): number {
  const width = contentWidth(frameWidth);
  return titleHeight(text, width) + drawingHeight(text, width) + L.figureGap + footerHeight(text, width);
}

/** The table view's height, roughly: a row is as tall as its longest cell wraps in a 20em column. */
export function tableViewHeight(text: EmbedText, frameWidth: number): number {
  const width = contentWidth(frameWidth);
  const rowLines = (cells: readonly string[]) => Math.max(1, ...cells.map((c) => Math.ceil(textWidth(c, L.tableSize) / L.tableLongCell)));
  const tables = text.tables.reduce(
    (sum, t) =>
      sum +
      lines(t.caption, width, 17, true) * 27 +
      2 * L.tableLine +
      L.tableCellPad +
      t.rows.reduce((s, cells) => s + rowLines(cells) * L.tableLine + L.tableCellPad + 1, 0) +
      24,
    0,
  );
  return titleHeight(text, width) + tables + footerHeight(text, width);
}

const roundUp = (px: number, step = 10) => Math.ceil(px / step) * step;

/** The snippet's heights for one chart. The table's fixed height is capped: a long table scrolls inside its frame. */
export function embedHeights(text: EmbedText): EmbedHeights {
  return {
    chart: { initial: roundUp(chartViewHeight(text, INITIAL_FRAME_WIDTH)), fixed: roundUp(chartViewHeight(text, FIXED_FRAME_WIDTH) + FIXED_MARGIN) },
    table: {
      initial: Math.min(1200, roundUp(tableViewHeight(text, INITIAL_FRAME_WIDTH))),
      fixed: Math.min(720, roundUp(tableViewHeight(text, FIXED_FRAME_WIDTH) + FIXED_MARGIN)),
    },
  };
}
