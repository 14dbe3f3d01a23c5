/** Policy-timeline geometry for one width: the time scale, mark size, label width and lane spacing. */
import { chartFontSize, isCompact } from "../core/definition.ts";
import { textWidth } from "../core/text.ts";
import { spanOf, timeDomain, timeScale } from "../core/time-axis.ts";
import type { PolicyEvent } from "../../data/schemas.ts";
import { eventNumbers } from "./data.ts";
import type { LaneOptions } from "./lanes.ts";

/** Event mark radius: a touch smaller when compact so neighbouring marks stay apart. */
const RADIUS = { compact: 4, regular: 4.5 };
/** The time domain is padded by this share so marks at its ends are not cut. */
const DOMAIN_PAD = 0.01;
/** The axis's end year labels ("2000" wide) are centred on the edges; half of one plus room must fit. */
const YEAR_LABEL = "2000";
const YEAR_LABEL_ROOM = 2;
/** The widest an event title beside its mark may wrap to, in font sizes (300 units at 13.5): about 40 characters at any text size. */
const LABEL_WIDTH_EMS = 300 / 13.5;
/** Between lanes. */
export const LANE_GAP = 8;
/** Between the axis line and the legend: the year labels plus room. */
export const LEGEND_GAP = 16;

export function layout(events: readonly PolicyEvent[], width: number): LaneOptions & { compact: boolean } {
  const compact = isCompact(width);
  const fontSize = chartFontSize(width);
  const radius = compact ? RADIUS.compact : RADIUS.regular;
  const margin = textWidth(YEAR_LABEL, fontSize) / 2 + YEAR_LABEL_ROOM;
  const x = timeScale(timeDomain(events.map((e) => spanOf(e.date)), DOMAIN_PAD), margin, width - margin);
  return { compact, x, width, fontSize, radius, numbered: compact, numbers: eventNumbers(events), labelWidth: LABEL_WIDTH_EMS * fontSize };
}
