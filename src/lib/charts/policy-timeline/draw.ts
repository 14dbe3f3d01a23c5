/** The policy timeline as SVG nodes: the lanes (see `lanes.ts`), the time axis, the legend and, when compact, the numbered key. */
import type { Datasets, PolicyEvent } from "../../data/schemas.ts";
import { formatDate } from "../../format/dates.ts";
import { chartFontSize } from "../core/definition.ts";
import type { ChartModel } from "../core/frame.ts";
import { legendRow, type LegendItem } from "../core/legend.ts";
import { markPath } from "../core/marks.ts";
import { el, type SvgNode } from "../core/svg-tree.ts";
import { textWidth, wrapText } from "../core/text.ts";
import { precisionOf, spanBar, spanOf, timeAxis } from "../core/time-axis.ts";
import { chronological, describe } from "./data.ts";
import { CATEGORIES, drawLane } from "./lanes.ts";
import { LANE_GAP, layout, LEGEND_GAP } from "./layout.ts";

/** The legend's open mark: its area per unit of font size (a ring about as tall as the text beside it). */
const LEGEND_RING_AREA = 3;
/** The legend's span bar reaches this far past the mark on each side, so it reads as a bar, not a tick. */
const LEGEND_BAR_OVERHANG = 1;
/** Below the legend so its last row is not clipped (regular width, no key list). */
const LEGEND_BOTTOM = 4;
/** Between the legend and the compact key list, and below the list. */
const KEY_LIST_GAP = 8;
const KEY_LIST_BOTTOM = 12;
/** Key list lines are spaced a little wider than the font so wrapped titles stay readable. */
const KEY_LINE_HEIGHT = 1.35;
/** Between a key entry's number and its text. */
const KEY_NUMBER_GAP = 6;
/** Between key entries. */
const KEY_ENTRY_GAP = 2;
/** A period bar counts as visible when it is wider than the mark by this much. */
const SPAN_VISIBLE_EXTRA = 2;

/** The key under the axis at the compact width: "3  Dec 2021  NCA social media action plan launched", wrapped with a hanging indent. */
export function keyList(events: readonly PolicyEvent[], top: number, width: number, fontSize: number): { nodes: SvgNode[]; height: number } {
  const lineHeight = fontSize * KEY_LINE_HEIGHT;
  const indent = textWidth(String(events.length), fontSize, true) + KEY_NUMBER_GAP;
  let y = top + fontSize;
  const nodes = chronological(events).map((e, i) => {
    const lines = wrapText(`${formatDate(e.date, "short")}: ${e.title}`, width - indent, fontSize);
    const node = el(
      "g",
      { class: "key-entry" },
      el("text", { x: indent - KEY_NUMBER_GAP, y, "font-size": fontSize, "font-weight": "bold", "text-anchor": "end" }, String(i + 1)),
      el("text", { x: indent, y, "font-size": fontSize }, ...lines.map((line, k) => el("tspan", { x: indent, dy: k === 0 ? 0 : lineHeight }, line))),
    );
    y += lines.length * lineHeight + KEY_ENTRY_GAP;
    return node;
  });
  return { nodes, height: y - top - fontSize + KEY_ENTRY_GAP };
}

/** Key to the marks: a filled mark for a known day; an open one for a month or year (with its bar when any such bar is wide enough to see). */
function legend(events: readonly PolicyEvent[], spanVisible: boolean): LegendItem[] {
  const exact = events.some((e) => precisionOf(e.date) === "day");
  const partial = events.some((e) => precisionOf(e.date) !== "day");
  const ring = (cx: number, cy: number, size: number) => markPath({ shape: "circle", filled: false, kind: "approximate" }, cx, cy, size * LEGEND_RING_AREA, "series-6");
  return [
    ...(exact ? [{ mark: { shape: "circle", filled: true, kind: "exact" }, text: "Exact day", className: "series-6" } as const] : []),
    ...(partial
      ? [
          {
            mark: null,
            text: spanVisible ? "Month or year only: open mark at its middle, bar across it" : "Month or year only: open mark at its middle",
            swatch: (cx: number, cy: number, size: number) => (spanVisible ? [...spanBar(cx - size / 2 - LEGEND_BAR_OVERHANG, cx + size / 2 + LEGEND_BAR_OVERHANG, cy, "series-6"), ring(cx, cy, size)] : [ring(cx, cy, size)]),
          },
        ]
      : []),
  ];
}

/** Geometry and SVG for one width. */
export function buildPolicyTimeline(data: Pick<Datasets, "events">, width: number): ChartModel {
  const events = chronological(data.events);
  if (events.length === 0) throw new Error("policy-timeline: no events to draw");
  const { compact, ...options } = layout(events, width);
  const { x, fontSize: fs, radius } = options;
  let top = 0;
  const lanes = CATEGORIES.flatMap((c) => {
    const inLane = events.filter((e) => e.category === c.id);
    if (inLane.length === 0) return [];
    const lane = drawLane(c, inLane, top, options);
    top += lane.height + LANE_GAP;
    return [lane.node];
  });
  const axisY = top;
  const legendTop = axisY + fs + LEGEND_GAP;
  // A month is narrower than a mark at these widths; say "bar" only when one can be seen.
  const spanVisible = events.some((e) => {
    const span = spanOf(e.date);
    return !span.day && x(span.end) - x(span.start) > radius * 2 + SPAN_VISIBLE_EXTRA;
  });
  const key = legendRow(legend(events, spanVisible), 0, legendTop, width, chartFontSize(width));
  const list = compact ? keyList(events, legendTop + key.height + KEY_LIST_GAP, width, fs) : { nodes: [], height: 0 };
  const height = legendTop + key.height + (compact ? list.height + KEY_LIST_BOTTOM : LEGEND_BOTTOM);
  return {
    width,
    height,
    description: describe(events),
    plot: [...lanes, ...timeAxis(x, { top: axisY, y: axisY, fontSize: fs, width }), el("g", { class: "legend" }, ...key.nodes), el("g", { class: "key" }, ...list.nodes)],
  };
}
