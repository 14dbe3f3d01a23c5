/** Case timelines as SVG nodes: the lanes (see `lanes.ts`), the shared time axis and the legend. */
import { chartFontSize } from "../core/definition.ts";
import type { ChartModel } from "../core/frame.ts";
import { legendRow, type LegendItem } from "../core/legend.ts";
import { markPath } from "../core/marks.ts";
import { el } from "../core/svg-tree.ts";
import { precisionOf, spanBar, timeAxis } from "../core/time-axis.ts";
import { describe, lanesOf, type CaseData, type Lane } from "./data.ts";
import { drawLane } from "./lanes.ts";
import { AXIS_RISE, LANE_GAP, layout as laneLayout, LEGEND_GAP } from "./layout.ts";
import { STEP_ORDER, STEP_STYLES, stepLegend } from "./steps.ts";

/** Below the legend so its last row is not clipped. */
const LEGEND_BOTTOM = 4;

function legend(lanes: readonly Lane[], compact: boolean): LegendItem[] {
  const kinds = new Set(lanes.flatMap((l) => l.steps.map((s) => s.step)));
  const items: LegendItem[] = STEP_ORDER.filter((k) => kinds.has(k)).map((k) => ({
    mark: { shape: STEP_STYLES[k].shape, filled: true, kind: "exact" },
    text: stepLegend(k),
    className: STEP_STYLES[k].className,
  }));
  const partial = lanes.some((l) => l.steps.some((s) => precisionOf(s.date) !== "day"));
  if (partial) {
    items.push({
      mark: null,
      text: compact ? "Open mark on a bar: month or year only" : "Open mark on a bar: only the month or year is known",
      swatch: (cx, cy, size) => [...spanBar(cx - size / 2 - 1, cx + size / 2 + 1, cy, "series-6"), markPath({ shape: "circle", filled: false, kind: "approximate" }, cx, cy, size * 3, "series-6")],
    });
  }
  return items;
}

/** Geometry and SVG for one width. */
export function buildCaseTimelines(data: CaseData, width: number): ChartModel {
  const lanes = lanesOf(data.cases, data.case_steps);
  if (lanes.length === 0) throw new Error("case-timelines: no cases to draw");
  const layout = laneLayout(lanes, width);
  const { compact, fontSize: fs, x } = layout;
  let top = 0;
  const nodes = lanes.flatMap((lane) => {
    const drawn = drawLane(lane, top, layout);
    top += drawn.height + (compact ? LANE_GAP.compact : LANE_GAP.regular);
    return drawn.nodes;
  });
  const axisY = top - AXIS_RISE;
  const legendTop = axisY + fs + LEGEND_GAP;
  const key = legendRow(legend(lanes, compact), 0, legendTop, width, chartFontSize(width));
  return {
    width,
    height: legendTop + key.height + LEGEND_BOTTOM,
    description: describe(lanes),
    plot: [...nodes, ...timeAxis(x, { top: axisY, y: axisY, fontSize: fs, width }), el("g", { class: "legend" }, ...key.nodes)],
  };
}
