/** Case timelines as SVG nodes: the lanes (see `lanes.ts`), the shared time axis and the one-entry legend. */
import { chartFontSize } from "../core/definition.ts";
import type { ChartModel } from "../core/frame.ts";
import { legendRow, type LegendItem } from "../core/legend.ts";
import { markPath } from "../core/marks.ts";
import { el } from "../core/svg-tree.ts";
import { precisionOf, spanBar, timeAxis } from "../core/time-axis.ts";
import { describe, lanesOf, type CaseData, type Lane } from "./data.ts";
import { drawLane } from "./lanes.ts";
import { AXIS_RISE, LANE_GAP, layout as laneLayout, LEGEND_GAP } from "./layout.ts";

/** Below the legend so its last row is not clipped. */
const LEGEND_BOTTOM = 4;
/** The legend's span bar runs this far past each side of its font-size-wide swatch, so its end ticks show beside the mark. */
const SWATCH_BAR_OVERHANG = 1;
/** The legend's open mark: an area of the font size times this, about the size of a mark on a lane. */
const SWATCH_MARK_AREA = 3;

/**
 * Each step is labelled with its kind beside its mark, so the legend keeps only the one convention a label cannot
 * say: what an open mark on a bar means (issue 11: a phone's legend within PHONE_LEGEND_MAX entries).
 */
function legend(lanes: readonly Lane[], compact: boolean): LegendItem[] {
  const partial = lanes.some((l) => l.steps.some((s) => precisionOf(s.date) !== "day"));
  if (!partial) return [];
  return [
    {
      mark: null,
      text: compact ? "Open mark on a bar: month or year only" : "Open mark on a bar: only the month or year is known",
      swatch: (cx, cy, size) => [...spanBar(cx - size / 2 - SWATCH_BAR_OVERHANG, cx + size / 2 + SWATCH_BAR_OVERHANG, cy, "series-6"), markPath({ shape: "circle", filled: false, kind: "approximate" }, cx, cy, size * SWATCH_MARK_AREA, "series-6")],
    },
  ];
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
