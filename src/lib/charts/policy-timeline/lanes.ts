/**
 * One lane of the policy-timeline chart, as SVG: one lane per category, each event a
 * mark at its date with a label beside it. Labels that would touch go to
 * separate rows of the lane, so none overlaps another. At the regular width the
 * label is the event's title (wrapped, at most two lines); at the compact width
 * it is the event's number in a key list under the axis.
 */
import type { ScaleTime } from "d3";
import type { PolicyEvent } from "../../data/schemas.ts";
import { formatDate } from "../../format/dates.ts";
import { besideMark, fitLines, packRows, rowCount } from "../core/label-layout.ts";
import { hitArea } from "../core/hit-area.ts";
import { el, num, type SvgElement } from "../core/svg-tree.ts";
import { markArea } from "../core/marks.ts";
import { BASELINE_TO_CENTRE, textWidth } from "../core/text.ts";
import { datedMark, precisionNote, spanOf, yearGrid } from "../core/time-axis.ts";

export type Category = PolicyEvent["category"];

/** A label sits this far beyond its mark's edge. */
const LABEL_GAP = 3;
/** Labels in one row keep this far apart: event numbers (compact) are short and may sit closer than titles. */
const ROW_GAP = { numbered: 3, titled: 8 };
/** A title wraps to at most this many lines beside its mark; the rest goes to the tooltip. */
const TITLE_LINES = 2;
/** Lines of a wrapped title are spaced this much more than the font size. */
const LINE_LEADING = 2;
/** A row is its tallest label (or mark) plus this much room; a mark sits `ROW_PAD / 2` below its row's top. */
const ROW_PAD = 4;
/** The lane heading takes one line plus this much room above the lane's first row. */
const HEADING_GAP = 6;

/** Lanes in this order, whichever are present. */
export const CATEGORIES: readonly { readonly id: Category; readonly label: string; readonly className: string }[] = [
  { id: "legislation", label: "Legislation", className: "series-1" },
  { id: "policy", label: "Policy", className: "series-2" },
  { id: "operations", label: "Operations", className: "series-3" },
  { id: "platform-policy", label: "Platform policy", className: "series-4" },
  { id: "international", label: "International", className: "series-5" },
];

/** "22 July 2016 (only the month is known): Title. Summary" */
export function eventTip(e: PolicyEvent): string {
  const note = precisionNote(e.date);
  return `${formatDate(e.date)}${note ? ` (${note})` : ""}: ${e.title}. ${e.summary}`;
}

export interface LaneOptions {
  readonly x: ScaleTime<number, number>;
  readonly width: number;
  readonly fontSize: number;
  readonly radius: number;
  /** Label each mark with its number (compact) rather than its title. */
  readonly numbered: boolean;
  /** Number of each event id (1-based, chronological). */
  readonly numbers: ReadonlyMap<string, number>;
  /** Longest title label, in user units, before it wraps. */
  readonly labelWidth: number;
}

export interface PlacedEvent {
  readonly event: PolicyEvent;
  readonly cx: number;
  readonly row: number;
  readonly lines: readonly string[];
  readonly anchor: "start" | "end";
  readonly textX: number;
  readonly left: number;
  readonly right: number;
}

/** Where each event of one lane goes: its label's lines and side, and its row. */
export function placeEvents(events: readonly PolicyEvent[], o: LaneOptions): PlacedEvent[] {
  const drafts = events.map((event) => {
    const span = spanOf(event.date);
    const cx = o.x(span.mid);
    const lines = o.numbered ? [String(o.numbers.get(event.id) ?? "?")] : fitLines(event.title, o.labelWidth, o.fontSize, TITLE_LINES);
    const w = Math.max(...lines.map((l) => textWidth(l, o.fontSize)));
    const side = besideMark(cx, w, o.radius + LABEL_GAP, 0, o.width);
    // The row must also clear the span bar of a month- or year-precision date.
    const left = Math.min(side.left, cx - o.radius, o.x(span.start));
    const right = Math.max(side.right, cx + o.radius, o.x(span.end));
    return { event, cx, lines, anchor: side.anchor, textX: side.x, left, right };
  });
  const rows = packRows(
    drafts.map((d) => ({ start: d.left, end: d.right })),
    o.numbered ? ROW_GAP.numbered : ROW_GAP.titled,
  );
  return drafts.map((d, i) => ({ ...d, row: rows[i] ?? 0 }));
}

export type LaneCategory = (typeof CATEGORIES)[number];

/** One lane (a `g.lane` naming its category): heading, year gridlines, and each event's mark and label in its row. Returns the lane and the height used. */
export function drawLane(category: LaneCategory, events: readonly PolicyEvent[], top: number, o: LaneOptions): { node: SvgElement; height: number } {
  const { label, className } = category;
  const fs = o.fontSize;
  const placed = placeEvents(events, o);
  const lineHeight = fs + LINE_LEADING;
  const maxLines = Math.max(1, ...placed.map((p) => p.lines.length));
  const rowHeight = Math.max(o.radius * 2 + ROW_PAD, maxLines * lineHeight + ROW_PAD);
  const bodyTop = top + fs + HEADING_GAP;
  const bodyBottom = bodyTop + rowCount(placed.map((p) => p.row)) * rowHeight;
  const items = placed.map((p) => {
    const cy = bodyTop + p.row * rowHeight + o.radius + ROW_PAD / 2;
    const baseline = cy + fs * BASELINE_TO_CENTRE;
    return el(
      "g",
      { class: "datum", "data-tip": eventTip(p.event), "data-id": p.event.id },
      hitArea(o.x(spanOf(p.event.date).mid), cy, o.width),
      ...datedMark(spanOf(p.event.date), o.x, cy, "circle", className, markArea(o.radius)),
      el(
        "text",
        { x: num(p.textX), y: num(baseline), "font-size": fs, "text-anchor": p.anchor === "end" ? "end" : undefined },
        ...p.lines.map((line, i) => el("tspan", { x: num(p.textX), dy: i === 0 ? 0 : lineHeight }, line)),
      ),
    );
  });
  return {
    node: el(
      "g",
      { class: "lane", "data-category": category.id },
      el("text", { x: 0, y: top + fs, "font-size": fs, "font-weight": "bold", class: className }, label),
      ...yearGrid(o.x, bodyTop, bodyBottom, fs),
      ...items,
    ),
    height: bodyBottom - top,
  };
}
