/**
 * Where each step of a lane sits: its stack row (the lane's line, then above, below, and so on) and the side of its
 * mark its direct label goes. Rows are a tap target apart, and in one row no two steps' targets, spans or labels
 * touch, so no step's target overlaps another's and no label covers a mark (issue 11). A step stacked off the line
 * keeps a stem to the line at its own date; a stem avoids crossing a label in the rows it passes through.
 * Dates are never moved: a step only changes row.
 */
import { extentsOverlap as overlaps, type Extent } from "../core/label-layout.ts";

/** Vertical offsets, in rows, for stack rows 0, 1, 2...: the lane's line, then above, below, and so on. */
export function rowOffset(row: number): number {
  return row === 0 ? 0 : row % 2 === 1 ? -(row + 1) / 2 : row / 2;
}

export interface StackItem {
  /** The mark's centre. */
  readonly x: number;
  /** What the mark takes up in its row: its tap target and its span bar. */
  readonly body: Extent;
  /** What is drawn: the mark and its span bar; it is not put on another step's stem. */
  readonly mark: Extent;
  /** Where a label to the right may start, and where a label to the left must end (past the mark and its bar). */
  readonly labelFrom: number;
  readonly labelTo: number;
  readonly labelWidth: number;
}

export interface StackOptions {
  /** Labels stay within [min, max]. */
  readonly min: number;
  readonly max: number;
  /** The lane's line in row 0 (first step to last): marks sit on it, labels may not cover it. */
  readonly line: Extent | null;
  /** Kept between a label and anything else in its row. */
  readonly pad: number;
}

export interface Stacked {
  /** Offset from the lane's line, in rows (see `rowOffset`). */
  readonly offset: number;
  readonly side: "left" | "right";
  readonly label: Extent;
}

/** Half the width a stem keeps clear of labels in the rows it crosses (it may cross marks: they sit on top). */
const STEM_CLEAR = 1;

const clear = (e: Extent, others: readonly Extent[], pad = 0) => others.every((o) => !overlaps(e, o, pad));

/** What a row holds: tap targets, labels and stems passing through. */
interface Row {
  readonly bodies: Extent[];
  readonly labels: Extent[];
  readonly stems: Extent[];
}

/** Rows between the line and `offset` (exclusive at both ends), on its side. */
function between(offset: number): number[] {
  const sign = Math.sign(offset);
  return Array.from({ length: Math.max(0, Math.abs(offset) - 1) }, (_v, k) => sign * (k + 1));
}

/**
 * Each step's row and label side, greedily in the order given (date order): the row nearest the line where its
 * target, mark, label and stem are all clear. A label goes left of its mark when it fits there, since later steps
 * lie to the right, else right. A step that fits nowhere (only hostile data is that crowded) goes to a fresh row.
 */
export function stackSteps(items: readonly StackItem[], o: StackOptions): Stacked[] {
  const rows = new Map<number, Row>();
  const row = (offset: number): Row => {
    let r = rows.get(offset);
    if (!r) rows.set(offset, (r = { bodies: [], labels: [], stems: [] }));
    return r;
  };
  return items.map((item) => {
    const right = { start: item.labelFrom, end: item.labelFrom + item.labelWidth };
    const left = { start: item.labelTo - item.labelWidth, end: item.labelTo };
    const inside = (e: Extent) => e.start >= o.min && e.end <= o.max;
    const sides = ([["left", left], ["right", right]] as const).filter(([, e]) => inside(e));
    // A label too long for either side goes where there is more room.
    const options = sides.length > 0 ? sides : [o.max - item.labelFrom >= item.labelTo - o.min ? (["right", right] as const) : (["left", left] as const)];
    const stem = { start: item.x - STEM_CLEAR, end: item.x + STEM_CLEAR };
    const fits = (offset: number, label: Extent, stems: boolean) => {
      const r = row(offset);
      const bodyClear = clear(item.body, r.bodies) && clear(item.body, r.labels) && clear(item.mark, r.stems);
      const labelClear = clear(label, r.bodies, o.pad) && clear(label, r.labels, o.pad) && clear(label, r.stems) && (offset !== 0 || o.line === null || !overlaps(label, o.line, o.pad));
      return bodyClear && labelClear && (!stems || between(offset).every((k) => clear(stem, row(k).labels)));
    };
    const tries = 2 * (items.length + 1);
    let chosen: Stacked | null = null;
    // First with stems clear of labels; if no row allows that, with stems crossing them (only crowded data needs it).
    for (const stems of [true, false]) {
      for (let k = 0; k <= tries && !chosen; k++) {
        const offset = rowOffset(k);
        const side = options.find(([, label]) => fits(offset, label, stems));
        if (side) chosen = { offset, side: side[0], label: side[1] };
      }
    }
    const [fallbackSide, fallbackLabel] = options[0] ?? ["left", left];
    const placed = chosen ?? { offset: rowOffset(tries + 1), side: fallbackSide, label: fallbackLabel };
    const r = row(placed.offset);
    r.bodies.push(item.body);
    r.labels.push(placed.label);
    for (const k of between(placed.offset)) row(k).stems.push(stem);
    return placed;
  });
}
