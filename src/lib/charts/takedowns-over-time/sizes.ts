/** Takedowns-over-time sizes and spacing, named once: fonts, margins, mark sizes, panel heights and the gaps between bands. */
import { chartFontSize, isCompact } from "../core/definition.ts";

export interface Sizes {
  readonly compact: boolean;
  readonly font: number;
  readonly lineHeight: number;
  /** Mark area (square units) and the half-size of its box. */
  readonly markArea: number;
  readonly markHalf: number;
  /** Outer and inner radius of the conflict ring. */
  readonly ring: readonly [number, number];
  readonly left: number;
  readonly right: number;
}

/** Two-line labels are set a little tighter than the event band so they stay one block. */
const LABEL_LINE_HEIGHT = 1.15;
/** Mark area: a touch smaller when compact so neighbouring marks overlap less. */
const MARK_AREA = { compact: 56, regular: 64 };
/** Half the size of the box a mark keeps clear of labels and other marks. */
const MARK_HALF = 7;
/** The conflict ring around a figure another source disputes: outer and inner radius. */
const CONFLICT_RING: readonly [number, number] = [10, 8.5];
/** Room left of the plot for the count labels. */
const LEFT_MARGIN = { compact: 36, regular: 54 };
/** Keeps the last mark's ring off the right edge. */
const RIGHT_MARGIN = 6;

export function sizes(width: number): Sizes {
  const compact = isCompact(width);
  const font = chartFontSize(width);
  const markArea = compact ? MARK_AREA.compact : MARK_AREA.regular;
  const left = compact ? LEFT_MARGIN.compact : LEFT_MARGIN.regular;
  return { compact, font, lineHeight: font * LABEL_LINE_HEIGHT, markArea, markHalf: MARK_HALF, ring: CONFLICT_RING, left, right: width - RIGHT_MARGIN };
}

/** Panel titles: one point larger than the text, lines spaced 1.25 apart, then a small gap before what follows. */
export const TITLE = { fontStep: 1, lineHeight: 1.25, gap: 4 };
/** Key events: their labels sit in a band of up to this many rows between the first panel's title and its plot. */
export const EVENT_ROWS = 3;
/** Event label rows are spaced wider than the font so rows read apart. */
export const EVENT_ROW_HEIGHT = 1.35;
/** An event label sits this far beside its line. */
export const EVENT_LABEL_GAP = 3;
/** Event labels keep this much clear of each other. */
export const EVENT_LABEL_PADDING = 4;
/** Panel heights: shorter when compact so both panels fit a phone screen. */
export const PANEL_HEIGHT = { totals: { compact: 170, regular: 190 }, periods: { compact: 130, regular: 170 } };
/** Between the event band's lowest label and the totals panel. */
export const TOTALS_GAP = 2;
/** From the totals panel's bottom to the periods panel's title, in font heights: its time axis labels and room. */
export const PERIODS_TITLE_DROP = 2.6;
/** Totals marks at nearly the same point are set side by side this far apart: a ring's width, overlapping a little. */
export const DODGE_OVERLAP = 4;
/** A figure's label sits this far outside its mark's box; a period label before its bar sits `PERIOD_START_GAP` away. */
export const LABEL_GAP = 2;
export const PERIOD_START_GAP = 4;
/** Figure labels keep this much clear of the plot's edges and of each other. */
export const LABEL_PADDING = 2;
/** When a label must be nudged, it moves in steps of this many font heights. */
export const LABEL_NUDGE = 1.5;
/** Below the periods panel: its time axis labels, in font heights. */
export const AXIS_LABELS = 1.6;
/** A unit name this many characters long or shorter fits on its figure's label line; a longer one goes underneath. */
export const SHORT_UNIT_CHARS = 12;
/** About this many count ticks per panel: enough to read a value off, few enough to stay out of the labels' way. */
export const COUNT_TICK_TARGET = 4;
/** d3 is asked for about this many time ticks; over these spans they fall on 1 January, the only ones kept for gridlines. */
export const TIME_TICK_TARGET = 6;
/** Figure labels keep this far inside the chart's right edge, so a label ending there is not clipped by anti-aliasing. */
export const RIGHT_EDGE_INSET = 1;
/** Count labels sit this far left of the plot. */
export const AXIS_LABEL_GAP = 4;
/** Year gridlines start this many font heights below a panel's top, level with the middle of its top count label. */
export const GRID_TOP = 0.5;
/** A year the axis shows for less than this many days gets no label: a label centred on so short a stretch crowds its neighbour. */
export const YEAR_LABEL_MIN_DAYS = 120;
/** Year labels' baseline: one font height plus this much below the periods panel. */
export const YEAR_LABEL_DROP = 4;
/** Line widths: a period bar reads as a bar, its start tick as a tick, and a guide line stays lighter than both. */
export const STROKE = { periodBar: 3, periodStart: 1.5, guide: 1.25 };
/** A period bar's start tick reaches this far above and below the bar. */
export const PERIOD_TICK = 5;
/** Where the unit changes, the guide line is dashed with this pattern (3 on, 2 off). */
export const UNIT_CHANGE_DASH = "3 2";
/** Legend keys: a line key overhangs its em box by `lineOverhang` (the dashed one by `dashOverhang`) so a short dash pattern shows; the period key's tick is `tick` tall each way; the ring key is drawn at `ringScale` of a chart ring. */
export const LEGEND_KEY = { lineOverhang: 1, dashOverhang: 2, tick: 4, ringScale: 0.7 };
/** Below the legend, so its last row's descenders are not clipped. */
export const BOTTOM_PAD = 4;
