/**
 * One lane of the case-timelines chart, as SVG: a swimlane per case, on a shared time axis. The header holds the
 * case's title, wrapped, never cut (and on a phone its place and last status); below it each step is a mark labelled
 * with its kind, stacked into rows a tap target apart when steps are near (see `stack.ts`; dates are never moved).
 * A step known only to the month or year is an open mark on a bar across that span (see `datedMark`).
 */
import type { ScaleTime } from "d3";
import type { Case } from "../../data/schemas.ts";
import { formatDate } from "../../format/dates.ts";
import { hitArea } from "../core/hit-area.ts";
import { markArea } from "../core/marks.ts";
import { el, num, type SvgNode } from "../core/svg-tree.ts";
import { BASELINE_FROM_BOTTOM, BASELINE_TO_CENTRE, textWidth, wrapText } from "../core/text.ts";
import { datedMark, spanOf, yearGrid } from "../core/time-axis.ts";
import type { Lane } from "./data.ts";
import { stackSteps, type StackItem } from "./stack.ts";
import { caseTip, STEP_STYLES, statusLabel, stepLabel, stepTip } from "./steps.ts";

export interface LaneLayout {
  readonly x: ScaleTime<number, number>;
  readonly width: number;
  readonly fontSize: number;
  readonly compact: boolean;
  /** Where the status column starts (the width when compact: the status is then in the header). */
  readonly statusX: number;
  /** Step labels end by here. */
  readonly trackRight: number;
  readonly radius: number;
  /** Height of a stack row: at least a tap target, so stacked steps' targets do not overlap. */
  readonly pitch: number;
  /** Side of a step's tap target (`hitSize`). */
  readonly target: number;
}

/** Line spacing of the header's wrapped lines, in em. */
const LINE_HEIGHT = 1.25;
/** Between the title's last line and the place beside it (regular and wide). */
const PLACE_GAP = 8;
/** Between the header's last line and the top of the first stack row. */
const TRACK_GAP = 4;
/** Between a mark (or the end of its span bar) and its label. */
const LABEL_GAP = 4;
/** Kept between a label and the next mark, label or line in its row. */
const LABEL_PAD = 4;
/** Thickness of the lane's line (first step to last): thinner than a mark, thicker than a gridline. */
const LINE_WIDTH = 2;
/** The status's baseline sits this far above the lane's line and its date's a line below the line: the pair straddles it, this far apart. */
const STATUS_RISE = 1;

/** Text lines from `y` (the first baseline) down, each a <text>; returns them and the next baseline. */
function lines(texts: readonly string[], x: number, y: number, fs: number, attrs: Record<string, string>): { nodes: SvgNode[]; next: number } {
  const nodes = texts.map((t, i) => el("text", { x: num(x), y: num(y + i * fs * LINE_HEIGHT), "font-size": fs, ...attrs }, t));
  return { nodes, next: y + texts.length * fs * LINE_HEIGHT };
}

/** The case's title in bold, wrapped to the width; its place beside the last line when it fits, else under it; when compact, the status too. */
function header(kase: Case, top: number, o: LaneLayout): { nodes: SvgNode[]; bottom: number } {
  const fs = o.fontSize;
  const titleLines = wrapText(kase.title, o.width, fs, true);
  const title = lines(titleLines, 0, top + fs, fs, { "font-weight": "bold" });
  const placeLines = wrapText(kase.place, o.width, fs);
  const lastTitle = titleLines[titleLines.length - 1] ?? "";
  const besideX = textWidth(lastTitle, fs, true) + PLACE_GAP;
  const beside = !o.compact && placeLines.length === 1 && besideX + textWidth(kase.place, fs) <= o.width;
  const place = beside ? lines(placeLines, besideX, title.next - fs * LINE_HEIGHT, fs, { class: "chart-muted" }) : lines(placeLines, 0, title.next, fs, { class: "chart-muted" });
  const nodes = [...title.nodes, ...place.nodes];
  let next = beside ? title.next : place.next;
  if (o.compact) {
    const status = lines(wrapText(`Status: ${statusLabel(kase.status).toLowerCase()}, ${formatDate(kase.status_date, "short")}`, o.width, fs), 0, next, fs, {});
    nodes.push(...status.nodes);
    next = status.next;
  }
  return { nodes, bottom: next - fs * LINE_HEIGHT + fs * BASELINE_FROM_BOTTOM };
}

/** The lane's nodes, drawn from `top`, and the height it uses. */
export function drawLane(lane: Lane, top: number, o: LaneLayout): { nodes: SvgNode[]; height: number } {
  const fs = o.fontSize;
  const { kase } = lane;
  const head = header(kase, top, o);
  const spans = lane.steps.map((s) => spanOf(s.date));
  const xs = spans.map((sp) => o.x(sp.mid));
  const bars = spans.map((sp, i) => (sp.day ? [xs[i] ?? 0, xs[i] ?? 0] : [o.x(sp.start), o.x(sp.end)]) as [number, number]);
  const labels = lane.steps.map((s) => stepLabel(s.step));
  const items: StackItem[] = xs.map((x, i) => {
    const [x0, x1] = bars[i] ?? [x, x];
    return {
      x,
      body: { start: Math.min(x - o.target / 2, x0), end: Math.max(x + o.target / 2, x1) },
      mark: { start: Math.min(x - o.radius, x0), end: Math.max(x + o.radius, x1) },
      labelFrom: Math.max(x + o.radius, x1) + LABEL_GAP,
      labelTo: Math.min(x - o.radius, x0) - LABEL_GAP,
      labelWidth: textWidth(labels[i] ?? "", fs),
    };
  });
  const first = Math.min(...xs);
  const last = Math.max(...xs);
  const stacked = stackSteps(items, { min: 0, max: o.trackRight, line: xs.length > 1 ? { start: first, end: last } : null, pad: LABEL_PAD });
  const above = Math.max(0, ...stacked.map((s) => -s.offset));
  const below = Math.max(0, ...stacked.map((s) => s.offset));
  const trackTop = head.bottom + TRACK_GAP;
  const cy = trackTop + above * o.pitch + o.pitch / 2;
  const statusBottom = o.compact ? 0 : cy + fs * (1 + BASELINE_FROM_BOTTOM);
  const trackBottom = Math.max(cy + below * o.pitch + o.pitch / 2, statusBottom);

  const steps = lane.steps.map((s, i) => {
    const style = STEP_STYLES[s.step];
    const x = xs[i] ?? 0;
    const [x0, x1] = bars[i] ?? [x, x];
    const place = stacked[i];
    const y = cy + (place?.offset ?? 0) * o.pitch;
    // A mark stacked off the line keeps a stem to the line at its own date.
    const stem = y === cy ? null : el("line", { x1: num(x), x2: num(x), y1: num(cy), y2: num(y), class: "chart-axis stem" });
    const right = place?.side !== "left";
    const label = el(
      "text",
      { x: num(right ? (place?.label.start ?? 0) : (place?.label.end ?? 0)), y: num(y + fs * BASELINE_TO_CENTRE), "font-size": fs, "text-anchor": right ? null : "end", class: "step-label" },
      labels[i] ?? "",
    );
    return el("g", { class: "datum", "data-tip": stepTip(s), "data-id": s.id }, hitArea(x, y, o.width, x1 - x0), stem, ...datedMark(spans[i] ?? spanOf(s.date), o.x, y, style.shape, style.className, markArea(o.radius)), label);
  });
  // The case's duration, first step to last: a thin grey bar under the marks.
  const line = xs.length > 1 ? el("rect", { x: num(first), y: num(cy - LINE_WIDTH / 2), width: num(last - first), height: LINE_WIDTH, class: "series-6 lane-line" }) : null;
  const status = o.compact
    ? []
    : [
        el("text", { x: o.statusX, y: num(cy - STATUS_RISE), "font-size": fs }, statusLabel(kase.status)),
        el("text", { x: o.statusX, y: num(cy + fs), "font-size": fs, class: "chart-muted" }, formatDate(kase.status_date, "short")),
      ];
  return {
    nodes: [
      el("g", { class: "datum", "data-tip": caseTip(kase), "data-id": kase.id }, ...head.nodes, ...status),
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
