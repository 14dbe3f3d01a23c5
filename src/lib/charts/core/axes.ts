/** Axis ticks as data: a position and a label per tick, for linear (counts, prices) and time scales. */
import type { ScaleLinear, ScaleTime } from "d3";
import { utcFormat, utcYear } from "d3";
import { formatNumber } from "../../format/numbers.ts";

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
