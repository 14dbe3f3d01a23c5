/** Case-timelines geometry for one width: the time scale, the status column and the spacing of lanes. */
import { chartFontSize, isCompact } from "../core/definition.ts";
import { textWidth } from "../core/text.ts";
import { spanOf, timeDomain, timeScale } from "../core/time-axis.ts";
import type { Lane } from "./data.ts";
import { statusWidth, type LaneLayout } from "./lanes.ts";

/** Step mark radius: a touch smaller when compact so stacked marks stay apart. */
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
/** Between lanes. */
export const LANE_GAP = { compact: 12, regular: 14 };
/** The axis sits this far above where the next lane would start. */
export const AXIS_RISE = 6;
/** Between the axis line and the legend: the year labels plus room. */
export const LEGEND_GAP = 20;

export function layout(lanes: readonly Lane[], width: number): LaneLayout {
  const compact = isCompact(width);
  const fontSize = chartFontSize(width);
  const statusX = width - statusWidth(lanes, fontSize) - STATUS_RIGHT;
  const radius = compact ? RADIUS.compact : RADIUS.regular;
  const spans = lanes.flatMap((l) => [...l.steps.map((s) => spanOf(s.date)), spanOf(l.kase.status_date)]);
  const x = timeScale(timeDomain(spans, DOMAIN_PAD), textWidth(YEAR_LABEL, fontSize) / 2 + YEAR_LABEL_ROOM, statusX - radius - STATUS_GAP);
  return { x, width, fontSize, compact, statusX, radius };
}
