/** Case-timelines geometry for one width: the time scale, the status column, the step rows and the spacing of lanes. */
import { chartFontSize, isCompact } from "../core/definition.ts";
import { hitSize } from "../core/hit-area.ts";
import { textWidth } from "../core/text.ts";
import { spanOf, timeDomain, timeScale } from "../core/time-axis.ts";
import type { Lane } from "./data.ts";
import { statusWidth, type LaneLayout } from "./lanes.ts";

/** Step mark radius: a touch smaller when compact, where the time axis is shortest. */
const RADIUS = { compact: 4, regular: 4.5 };
/** Keeps the status text clear of the chart's right edge. */
const STATUS_RIGHT = 2;
/** Between the last mark and the status column: the mark's radius plus room. */
const STATUS_GAP = 12;
/** The time domain is padded by this share so marks at its ends are not cut. */
const DOMAIN_PAD = 0.01;
/** The axis's first year label ("2000" wide) is centred on the left edge; half of it plus room must fit. */
const YEAR_LABEL = "2000";
const YEAR_LABEL_ROOM = 2;
/** Compact: no status column (the status is in the lane's header); the track ends this far from the edge, labels run on to 2 units from it. */
const COMPACT_RIGHT = 2;
/** Between lanes. */
export const LANE_GAP = { compact: 12, regular: 14 };
/** The axis sits this far above where the next lane would start. */
export const AXIS_RISE = 6;
/** Between the axis line and the legend: the year labels plus room. */
export const LEGEND_GAP = 20;

export function layout(lanes: readonly Lane[], width: number): LaneLayout {
  const compact = isCompact(width);
  const fontSize = chartFontSize(width);
  const radius = compact ? RADIUS.compact : RADIUS.regular;
  const statusX = compact ? width : width - statusWidth(lanes, fontSize) - STATUS_RIGHT;
  const trackRight = compact ? width - COMPACT_RIGHT : statusX - STATUS_GAP / 2;
  const spans = lanes.flatMap((l) => [...l.steps.map((s) => spanOf(s.date)), spanOf(l.kase.status_date)]);
  // The last mark's tap target must stay inside the drawing, so the track stops half a target from the edge.
  const xRight = compact ? width - hitSize(width) / 2 - COMPACT_RIGHT : statusX - radius - STATUS_GAP;
  const x = timeScale(timeDomain(spans, DOMAIN_PAD), textWidth(YEAR_LABEL, fontSize) / 2 + YEAR_LABEL_ROOM, xRight);
  // A row per stacked step, as tall as a tap target, so no two steps' targets overlap (see `stack.ts`).
  const pitch = Math.max(hitSize(width), fontSize + 2 * radius);
  return { x, width, fontSize, compact, statusX, trackRight, radius, pitch, target: hitSize(width) };
}
