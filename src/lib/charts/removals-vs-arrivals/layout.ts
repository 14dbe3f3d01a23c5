/** Removals-vs-arrivals geometry for one width: the shared year band scale, the two panel frames, where the axis and legend sit. */
import { scaleBand, type ScaleBand } from "d3";
import { chartFontSize, isCompact } from "../core/definition.ts";
import { REFERRING_BODY_SHORT } from "../../identity/subjects.ts";

/** Room left of the bars for the count labels. */
const LEFT_MARGIN = { compact: 44, regular: 56 };
/** Keeps the last bar's value label off the right edge. */
const RIGHT_MARGIN = 8;
/** Gap between bars as a share of each year's band. */
const BAND_PADDING = 0.2;
/** Room above the top panel for its title. */
const TOP_PANEL_TOP = 24;
/** Panel heights: shorter when compact so both panels fit a phone screen. */
const PANEL_HEIGHT = { compact: 110, regular: 150 };
/** Between the panels: the top panel's axis baseline, then the bottom panel's title. */
const PANEL_GAP = 56;
/** Below the shared axis: the year labels and the first unit line. */
const UNIT_LINES_TOP = 26;
/** Unit lines under the axis in font heights: none when compact (the legend names the units), two otherwise. */
const UNIT_LINES_IN_FONTS = { compact: 0, regular: 2.4 };
/** Below the legend so its last row is not clipped. */
export const LEGEND_BOTTOM = 4;

export interface PanelFrame {
  readonly top: number;
  readonly height: number;
  readonly title: string;
}

export interface Layout {
  readonly compact: boolean;
  readonly fontSize: number;
  readonly left: number;
  readonly right: number;
  readonly x: ScaleBand<number>;
  readonly top: PanelFrame;
  readonly bottom: PanelFrame;
  /** The shared year axis, under the bottom panel. */
  readonly axisY: number;
  readonly legendTop: number;
}

export function layout(width: number, years: readonly number[]): Layout {
  const compact = isCompact(width);
  const fontSize = chartFontSize(width);
  const left = compact ? LEFT_MARGIN.compact : LEFT_MARGIN.regular;
  const right = width - RIGHT_MARGIN;
  const x = scaleBand<number>().domain(years).range([left, right]).padding(BAND_PADDING);
  const panelHeight = compact ? PANEL_HEIGHT.compact : PANEL_HEIGHT.regular;
  const top = { top: TOP_PANEL_TOP, height: panelHeight, title: "People arriving by small boat" };
  const bottom = { top: top.top + top.height + PANEL_GAP, height: panelHeight, title: `Removed after ${REFERRING_BODY_SHORT} referral (unit as stated)` };
  const axisY = bottom.top + bottom.height;
  const legendTop = axisY + UNIT_LINES_TOP + fontSize * (compact ? UNIT_LINES_IN_FONTS.compact : UNIT_LINES_IN_FONTS.regular);
  return { compact, fontSize, left, right, x, top, bottom, axisY, legendTop };
}
