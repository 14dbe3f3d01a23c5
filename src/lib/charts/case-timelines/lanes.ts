/**
 * One lane of the case-timelines chart, as SVG: a swimlane per case, on a shared
 * time axis. Steps on or near the same day are stacked above and below the
 * lane's line (their dates are never moved); a step known only to the month
 * or year is an open mark on a bar across that span (see `datedMark`).
 */
import type { ScaleTime } from "d3";
import type { CaseStep } from "../../data/schemas.ts";
import { formatDate } from "../../format/dates.ts";
import { fitLines, packRows } from "../core/label-layout.ts";
import { hitArea } from "../core/hit-area.ts";
import { el, num, type SvgNode } from "../core/svg-tree.ts";
import { textWidth, truncate } from "../core/text.ts";
import { datedMark, spanOf, yearGrid } from "../core/time-axis.ts";
import type { Lane } from "./data.ts";
import { caseTip, STEP_STYLES, statusLabel, stepTip } from "./steps.ts";

/** Vertical offsets, in rows, for stack rows 0, 1, 2...: the lane's line, then above, below, and so on. */
export function rowOffset(row: number): number {
  return row === 0 ? 0 : row % 2 === 1 ? -(row + 1) / 2 : row / 2;
}

/**
 * The stack row of each step (in the order given): steps whose marks or spans
 * would touch share no row, so none hides another.
 */
export function stackRows(steps: readonly CaseStep[], x: ScaleTime<number, number>, radius: number): number[] {
  const extents = steps.map((s) => {
    const span = spanOf(s.date);
    const c = x(span.mid);
    return { start: Math.min(c - radius, x(span.start)), end: Math.max(c + radius, x(span.end)) };
  });
  const order = extents.map((_e, i) => i).sort((a, b) => (extents[a]?.start ?? 0) - (extents[b]?.start ?? 0));
  const packed = packRows(order.map((i) => extents[i] ?? { start: 0, end: 0 }), 0);
  const rows: number[] = [];
  order.forEach((i, k) => (rows[i] = packed[k] ?? 0));
  return rows;
}

export interface LaneLayout {
  readonly x: ScaleTime<number, number>;
  readonly width: number;
  readonly fontSize: number;
  readonly compact: boolean;
  /** Where the status column starts. */
  readonly statusX: number;
  readonly radius: number;
}

/** The lane's nodes, drawn from `top`, and the height it uses. */
export function drawLane(lane: Lane, top: number, o: LaneLayout): { nodes: SvgNode[]; height: number } {
  const fs = o.fontSize;
  const { kase } = lane;
  const placeText = truncate(kase.place, o.width / 2, fs);
  const titleRoom = o.compact ? o.width : o.width - textWidth(placeText, fs) - 16;
  const [title = ""] = fitLines(kase.title, titleRoom, fs, 1, true);
  const titleY = top + fs;
  const header: SvgNode[] = [el("text", { x: 0, y: titleY, "font-size": fs, "font-weight": "bold" }, title)];
  const placeY = o.compact ? titleY + fs + 3 : titleY;
  const placeX = o.compact ? 0 : textWidth(title, fs, true) + 8;
  header.push(el("text", { x: num(placeX), y: placeY, "font-size": fs, class: "chart-muted" }, placeText));

  const rows = stackRows(lane.steps, o.x, o.radius);
  const offsets = rows.map(rowOffset);
  const above = Math.max(0, ...offsets.map((d) => -d));
  const below = Math.max(0, ...offsets);
  const pitch = o.radius * 2 + 3;
  const trackTop = placeY + 8;
  const cy = trackTop + above * pitch + o.radius + 3;
  const trackBottom = Math.max(cy + below * pitch + o.radius + 3, cy + fs + 2);
  const xs = lane.steps.map((s) => o.x(spanOf(s.date).mid));
  const first = Math.min(...xs);
  const last = Math.max(...xs);

  const steps = lane.steps.map((s, i) => {
    const style = STEP_STYLES[s.step];
    const y = cy + (offsets[i] ?? 0) * pitch;
    // A mark stacked off the line keeps a short stem to the line at its own date.
    const stem = y === cy ? null : el("line", { x1: num(xs[i] ?? 0), x2: num(xs[i] ?? 0), y1: num(cy), y2: num(y), class: "chart-axis stem" });
    return el("g", { class: "datum", "data-tip": stepTip(s), "data-id": s.id }, hitArea(xs[i] ?? 0, y, o.width), stem, ...datedMark(spanOf(s.date), o.x, y, style.shape, style.className, o.radius * o.radius * 3.2));
  });
  // The case's duration, first step to last: a thin grey bar under the marks.
  const line = xs.length > 1 ? el("rect", { x: num(first), y: num(cy - 1), width: num(last - first), height: 2, class: "series-6 lane-line" }) : null;
  const status = [
    el("text", { x: o.statusX, y: num(cy - 1), "font-size": fs }, statusLabel(kase.status)),
    el("text", { x: o.statusX, y: num(cy + fs), "font-size": fs, class: "chart-muted" }, formatDate(kase.status_date, "short")),
  ];
  return {
    nodes: [
      el("g", { class: "datum", "data-tip": caseTip(kase), "data-id": kase.id }, ...header, ...status),
      ...yearGrid(o.x, trackTop, trackBottom, fs),
      line,
      ...steps,
    ].filter((n): n is SvgNode => n !== null),
    height: trackBottom - top,
  };
}

/** Width of the status column: the longest status or date of any lane. */
export function statusWidth(lanes: readonly Lane[], fontSize: number): number {
  return Math.max(0, ...lanes.flatMap((l) => [textWidth(statusLabel(l.kase.status), fontSize), textWidth(formatDate(l.kase.status_date, "short"), fontSize)]));
}
