/**
 * A shared horizontal time axis for timelines, and the way a dated mark shows
 * its precision: a date known to the day is a filled mark at that day; a date
 * known only to the month or year is an open mark at the middle of that span,
 * on a bar that runs across the whole span, so it is never read as a precise day.
 */
import { scaleUtc, utcMonth, type ScaleTime } from "d3";
import { parsePartialDate } from "../../data/partial-date.ts";
import { yearTicks } from "./axes.ts";
import type { MarkStyle } from "./marks.ts";
import { markPath } from "./marks.ts";
import { el, num, type SvgNode } from "./svg-tree.ts";
import { DAY_MS, endOf, startOf } from "./time.ts";
import { textWidth } from "./text.ts";


export type Precision = "day" | "month" | "year";

/** `2024` -> "year", `2024-07` -> "month", `2024-07-25` -> "day". */
export function precisionOf(partial: string): Precision {
  const { month, day } = parsePartialDate(partial);
  return month === null ? "year" : day === null ? "month" : "day";
}

export interface TimeSpan {
  readonly start: Date;
  /** Exclusive end: the instant after the last day. */
  readonly end: Date;
  /** The middle of the span, where a single mark is placed. */
  readonly mid: Date;
  /** True when the span is a single day. */
  readonly day: boolean;
}

/** All the time a partial date (or a period from `start` to `end`) can mean. */
export function spanOf(start: string, end: string = start): TimeSpan {
  const s = startOf(start);
  const e = endOf(end);
  return { start: s, end: e, mid: new Date((s.getTime() + e.getTime()) / 2), day: e.getTime() - s.getTime() <= DAY_MS };
}

/** A domain from 1 January of the earliest year to the latest end, plus `padFraction` of the range so end marks are not cut. */
export function timeDomain(spans: readonly Pick<TimeSpan, "start" | "end">[], padFraction = 0.02): [Date, Date] {
  if (spans.length === 0) throw new Error("timeDomain: no dates to draw");
  const min = Math.min(...spans.map((s) => s.start.getTime()));
  const max = Math.max(...spans.map((s) => s.end.getTime()));
  const first = Date.UTC(new Date(min).getUTCFullYear(), 0, 1);
  return [new Date(first), new Date(max + (max - first) * padFraction)];
}

/** Room before the first date and after the last on a half-year axis, so end marks and their labels are not cut. */
const HALF_YEAR_PAD = { beforeDays: 60, afterDays: 45 } as const;

/** A domain on half-year boundaries (1 January or 1 July) around `dates`, padded by HALF_YEAR_PAD before rounding out. */
export function halfYearDomain(dates: readonly Date[]): [Date, Date] {
  if (dates.length === 0) throw new Error("halfYearDomain: no dates to draw");
  const times = dates.map((d) => d.getTime());
  const half = utcMonth.every(6)!;
  const start = new Date(Math.min(...times) - HALF_YEAR_PAD.beforeDays * DAY_MS);
  const end = new Date(Math.max(...times) + HALF_YEAR_PAD.afterDays * DAY_MS);
  return [half.floor(start), half.ceil(end)];
}

export function timeScale(domain: [Date, Date], left: number, right: number): ScaleTime<number, number> {
  return scaleUtc().domain(domain).range([left, right]);
}

/** The smallest year step (1, 2, 5, 10) whose labels do not crowd each other. */
export function yearStep(scale: ScaleTime<number, number>, fontSize: number): number {
  const perYear = scale(new Date(Date.UTC(2001, 0, 1))) - scale(new Date(Date.UTC(2000, 0, 1)));
  const need = textWidth("2000", fontSize) + 10;
  return [1, 2, 5, 10].find((s) => s * perYear >= need) ?? 10;
}

export interface TimeAxisOptions {
  /** Top of the gridlines. */
  readonly top: number;
  /** The axis line; year labels go under it. */
  readonly y: number;
  readonly fontSize: number;
  /** Labels are kept inside [0, width]. */
  readonly width: number;
  /** False for a panel above the one that carries the year labels (gridlines only). */
  readonly labels?: boolean;
}

/** Year gridlines from `top` to the axis, the axis line and year labels (unless `labels` is false) centred on 1 January. */
export function timeAxis(scale: ScaleTime<number, number>, o: TimeAxisOptions): SvgNode[] {
  const [x0, x1] = scale.range() as [number, number];
  const ticks = yearTicks(scale, yearStep(scale, o.fontSize));
  return [
    ...ticks.map((t) => {
      const half = textWidth(t.label, o.fontSize) / 2;
      const fits = o.labels !== false && t.pos - half >= 0 && t.pos + half <= o.width;
      return el(
        "g",
        { class: "tick" },
        el("line", { x1: num(t.pos), x2: num(t.pos), y1: o.top, y2: o.y + 4, class: "chart-grid" }),
        fits && el("text", { x: num(t.pos), y: o.y + 6 + o.fontSize, "font-size": o.fontSize, "text-anchor": "middle", class: "chart-muted" }, t.label),
      );
    }),
    el("line", { x1: x0, x2: x1, y1: o.y, y2: o.y, class: "chart-axis" }),
  ];
}

/** Year gridlines only, from `top` to `bottom` (for a band of a chart between labels). */
export function yearGrid(scale: ScaleTime<number, number>, top: number, bottom: number, fontSize: number): SvgNode[] {
  return yearTicks(scale, yearStep(scale, fontSize)).map((t) => el("line", { x1: num(t.pos), x2: num(t.pos), y1: num(top), y2: num(bottom), class: "chart-grid" }));
}

/**
 * A dated mark at height `y`: filled at the day when `span.day`, otherwise
 * open at the middle of the span with a bar (and end ticks) across the span.
 */
export function datedMark(span: TimeSpan, scale: ScaleTime<number, number>, y: number, shape: MarkStyle["shape"], className: string, size = 64): SvgNode[] {
  const mid = scale(span.mid);
  if (span.day) return [markPath({ shape, filled: true, kind: "exact" }, mid, y, size, className)];
  return [...spanBar(scale(span.start), scale(span.end), y, className), markPath({ shape, filled: false, kind: "approximate" }, mid, y, size, className)];
}

/** A horizontal bar from x0 to x1 with short end ticks: the span a date or period covers. */
export function spanBar(x0: number, x1: number, y: number, className: string, tick = 3): SvgNode[] {
  return [
    el("line", { x1: num(x0), x2: num(x1), y1: num(y), y2: num(y), class: `span ${className}` }),
    el("line", { x1: num(x0), x2: num(x0), y1: num(y - tick), y2: num(y + tick), class: `span ${className}` }),
    el("line", { x1: num(x1), x2: num(x1), y1: num(y - tick), y2: num(y + tick), class: `span ${className}` }),
  ];
}

/** Short words for a date's precision in tooltips: "" for a day, "only the month is known", "only the year is known". */
export function precisionNote(partial: string): string {
  const p = precisionOf(partial);
  return p === "day" ? "" : `only the ${p} is known`;
}
