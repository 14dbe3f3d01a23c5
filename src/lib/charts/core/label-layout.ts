/**
 * Rows and text for labels: packing extents into rows (timeline lanes),
 * putting a label beside a mark, fitting text into lines. Placing labels
 * among obstacles is `label-placement.ts`, the one engine every chart uses.
 */

import { textWidth, truncate, wrapText } from "./text.ts";

/** A stretch along one axis, `start` <= `end`. */
export interface Extent {
  readonly start: number;
  readonly end: number;
}

/** Whether two extents come within `gap` of each other (touching ends do not overlap). */
export function extentsOverlap(a: Extent, b: Extent, gap = 0): boolean {
  return a.start < b.end + gap && b.start < a.end + gap;
}

/**
 * Greedy row packing: each extent, in the order given, goes to the lowest row
 * in which it keeps at least `gap` from every extent already there. Returns the
 * row of each extent (0-based). Sort the extents by start first for the
 * usual staircase of a timeline.
 */
export function packRows(extents: readonly Extent[], gap = 0): number[] {
  const rows: Extent[][] = [];
  return extents.map((e) => {
    let row = rows.findIndex((placed) => placed.every((p) => !extentsOverlap(e, p, gap)));
    if (row === -1) row = rows.push([]) - 1;
    rows[row]?.push(e);
    return row;
  });
}

/** Number of rows `packRows` used (0 for no extents). */
export function rowCount(rows: readonly number[]): number {
  return rows.length === 0 ? 0 : Math.max(...rows) + 1;
}

export interface SidePlacement {
  /** Where the text is anchored, and with which `text-anchor`. */
  readonly x: number;
  readonly anchor: "start" | "end";
  /** The label's horizontal extent. */
  readonly left: number;
  readonly right: number;
}

/**
 * A label of `width` beside a mark at `x`, `offset` away from it: to the right
 * when it fits before `max`, else to the left when it fits after `min`, else on
 * whichever side has more room, pushed back inside [min, max].
 */
export function besideMark(x: number, width: number, offset: number, min: number, max: number): SidePlacement {
  if (x + offset + width <= max) return { x: x + offset, anchor: "start", left: x + offset, right: x + offset + width };
  if (x - offset - width >= min) return { x: x - offset, anchor: "end", left: x - offset - width, right: x - offset };
  if (max - x >= x - min) {
    const left = Math.max(min, max - width);
    return { x: left, anchor: "start", left, right: left + width };
  }
  const right = Math.min(max, min + width);
  return { x: right, anchor: "end", left: right - width, right };
}

/**
 * Text wrapped to `maxWidth` in at most `maxLines` lines; what does not fit is
 * cut from the last line with an ellipsis (keep the full text in a tooltip).
 */
export function fitLines(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
  const lines = wrapText(text, maxWidth, fontSize, bold);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines - 1));
  const rest = lines.slice(kept.length).join(" ");
  // truncate() measures regular text; bold runs 12% wider, so leave that margin.
  const last = truncate(rest, bold ? maxWidth / 1.12 : maxWidth, fontSize);
  return [...kept, last].filter((l) => textWidth(l, fontSize, bold) > 0);
}
