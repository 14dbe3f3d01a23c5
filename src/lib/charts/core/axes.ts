/** Axis ticks as data: a position and a label per tick, for linear (counts, prices) and time scales. */
import type { ScaleLinear, ScaleTime } from "d3";
import { utcFormat, utcYear } from "d3";
import { formatNumber } from "../../format/numbers.ts";
import { el, num, type SvgNode } from "./svg-tree.ts";

export interface Tick {
  readonly value: number;
  /** Position along the axis in user units. */
  readonly pos: number;
  readonly label: string;
}

/** Nice ticks for a count or price scale; `count` is a hint (fewer on narrow charts). */
export function linearTicks(scale: ScaleLinear<number, number>, count: number, format: (n: number) => string = formatNumber): Tick[] {
  return scale.ticks(count).map((value) => ({ value, pos: scale(value), label: format(value) }));
}

/** Compact labels for axis ticks (never for data labels): 12,000 -> "12k", 2,500 -> "2.5k", 1,500,000 -> "1.5m". */
export function compactNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1_000_000) return `${formatNumber(Math.round(n / 100_000) / 10)}m`;
  if (abs >= 1_000) return `${formatNumber(Math.round(n / 100) / 10)}k`;
  return formatNumber(n);
}

const yearFormat = utcFormat("%Y");

/** One tick per year (or every `step` years) at 1 January, labelled with the year. */
export function yearTicks(scale: ScaleTime<number, number>, step = 1): Tick[] {
  const [start, end] = scale.domain() as [Date, Date];
  return utcYear
    .range(utcYear.ceil(start), new Date(end.getTime() + 1), step)
    .map((d) => ({ value: d.getTime(), pos: scale(d), label: yearFormat(d) }));
}

/** Tick hints for a count axis: fewer ticks on a compact chart, so labels never crowd a short panel. */
const COUNT_TICKS = { compact: 3, regular: 4 } as const;

/** Ticks for a count scale: fewer and shorter ("12k") labels on a compact chart, full figures otherwise. */
export function countTicks(scale: ScaleLinear<number, number>, compact: boolean): Tick[] {
  return linearTicks(scale, compact ? COUNT_TICKS.compact : COUNT_TICKS.regular, compact ? compactNumber : formatNumber);
}

export interface ValueAxisStyle {
  /** The plot's left and right edges: gridlines run between them. */
  readonly left: number;
  readonly right: number;
  readonly fontSize: number;
  /** Space between a tick label's end and the plot's left edge. */
  readonly labelGap: number;
  /** "axis": the line at zero is drawn as the baseline; "none": no line at zero (the panel's marks stand on their own). */
  readonly zero: "axis" | "none";
  /** The class of each tick's group; "tick" unless a chart's CSS or tests tell its axes apart. */
  readonly tickClass?: string;
}

/**
 * A vertical value axis drawn as data: for each tick a group with a gridline across the plot and its label,
 * right-aligned at the plot's left edge and set a third of the font size below the line so it reads as centred.
 */
export function valueAxis(ticks: readonly Tick[], s: ValueAxisStyle): SvgNode[] {
  return ticks.map((t) =>
    el(
      "g",
      { class: s.tickClass ?? "tick" },
      !(t.value === 0 && s.zero === "none") &&
        el("line", { x1: s.left, x2: s.right, y1: num(t.pos), y2: num(t.pos), class: t.value === 0 ? "chart-axis" : "chart-grid" }),
      el("text", { x: s.left - s.labelGap, y: num(t.pos + s.fontSize / 3), "font-size": s.fontSize, "text-anchor": "end", class: "chart-muted" }, t.label),
    ),
  );
}
