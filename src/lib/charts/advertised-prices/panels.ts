/**
 * Geometry of the advertised-prices chart: one panel per currency, stacked on
 * a shared UTC time axis, each with its own price scale from zero. A single
 * price is a mark shaped by its qualifier; a range is a bar from low to high;
 * a price dated to a month, a year or a span of days sits at the middle of
 * that period on a thin bar that runs across it.
 */
import { scaleLinear, type ScaleTime } from "d3";
import type { Price } from "../../data/schemas.ts";
import { formatNumber } from "../../format/numbers.ts";
import { compactNumber, linearTicks, valueAxis } from "../core/axes.ts";
import { placeLabels, type Box } from "../core/label-placement.ts";
import { markArea, markPath, markStyle } from "../core/marks.ts";
import { hitArea } from "../core/hit-area.ts";
import { el, num, type SvgElement, type SvgNode } from "../core/svg-tree.ts";
import { BASELINE_FROM_BOTTOM, BASELINE_FROM_TOP, BASELINE_TO_CENTRE, textWidth } from "../core/text.ts";
import { spanBar, spanOf, timeAxis, type TimeSpan } from "../core/time-axis.ts";
import { currencySymbol } from "../../format/prices.ts";
import { currencyHeading, measureGroup, priceLabel, type Currency } from "./price-text.ts";
import { priceTip } from "./tips.ts";

export interface PanelSpec {
  readonly currency: Currency;
  readonly rows: readonly Price[];
  readonly top: number;
  readonly height: number;
}

export interface PriceGeometry {
  readonly row: Price;
  readonly span: TimeSpan;
  readonly x: number;
  readonly yLow: number;
  readonly yHigh: number;
  /** The area the mark (or bar) covers, which labels must keep clear of. */
  readonly box: Box;
}

export interface PanelStyle {
  readonly left: number;
  readonly right: number;
  readonly fontSize: number;
  readonly compact: boolean;
  readonly width: number;
}

/** A range bar's width, and the width of the cap at each of its ends (twice the bar, so a short range never looks like a square mark). */
const BAR = 6;
const CAP = 12;
/** A period bar shows beside a range bar only where it reaches this far past the caps; shorter, it reads as a stray tick. */
const PERIOD_PAST_CAP = 2;
/** Single-price mark radius: a touch smaller on a phone so neighbouring marks stay apart. */
const MARK_RADIUS = { compact: 4, regular: 4.5 };
/** Labels sit this far from their mark, and keep this far (half a period bar's height) clear of a period bar's line. */
const LABEL_GAP = 3;
const PERIOD_HALF_HEIGHT = 3;
/** Price labels sit this far left of the plot. */
const AXIS_LABEL_GAP = 5;
/** Panels shorter than `short` units get three price ticks (or two below `tiny`), taller ones four. */
const PANEL_TICKS = { tiny: 100, short: 150 };
/** A label beside its mark may also sit this much of a line higher or lower, when level with it is taken. */
const HALF_LINE = 0.6;
/** The currency heading: one step larger than chart text, its baseline this far above the panel's top line of text. */
const HEADING = { fontStep: 1, gap: 4 };
/** Labels keep this far inside the panel's bottom edge (the zero line). */
const BOTTOM_INSET = 2;

/**
 * A range from low to high: a bar with a cap at each end (so even a short
 * range never looks like a square mark); open when the range was qualified.
 */
export function rangeBar(x: number, yHigh: number, yLow: number, className: string, filled: boolean): SvgElement[] {
  const cap = (y: number) => el("line", { x1: num(x - CAP / 2), x2: num(x + CAP / 2), y1: num(y), y2: num(y), class: `range-cap ${className}` });
  return [
    el("rect", { x: num(x - BAR / 2), y: num(yHigh), width: BAR, height: num(Math.max(1, yLow - yHigh)), class: `mark ${className} ${filled ? "mark-filled" : "mark-open"}` }),
    cap(yHigh),
    cap(yLow),
  ];
}

/** A period bar is drawn unless the period is a single day, or a range bar would hide it (a month behind a 6-unit bar reads as a stray tick). */
export function showPeriod(g: PriceGeometry, x: ScaleTime<number, number>): boolean {
  if (g.span.day) return false;
  return g.row.low === g.row.high || x(g.span.end) - x(g.span.start) > CAP + PERIOD_PAST_CAP;
}

/** Where each price of a panel is drawn. */
export function priceGeometry(rows: readonly Price[], x: ScaleTime<number, number>, y: (v: number) => number, markRadius: number): PriceGeometry[] {
  return rows.map((row) => {
    const span = spanOf(row.period_start, row.period_end);
    const cx = x(span.mid);
    const yLow = y(row.low);
    const yHigh = y(row.high);
    const half = row.low === row.high ? markRadius : CAP / 2;
    const box = { left: cx - half, right: cx + half, top: yHigh - (row.low === row.high ? markRadius : 0), bottom: yLow + (row.low === row.high ? markRadius : 0) };
    return { row, span, x: cx, yLow, yHigh, box };
  });
}

/** The label text beside a price: "≤£20,000", with what it is for when that is not a crossing. */
export function labelText(row: Price): string {
  return row.item === "entry-via-ireland" ? `${priceLabel(row)} via Ireland` : priceLabel(row);
}

/** Label order: prices for something other than a crossing first, then qualified prices (their symbol matters), then the rest by date. */
export function labelPriority(rows: readonly Price[]): Price[] {
  const rank = (r: Price) => (r.item !== "crossing" ? 0 : r.qualifier !== "exact" ? 1 : 2);
  return [...rows].sort((a, b) => rank(a) - rank(b));
}

/**
 * Places a label may go, best first: beside the mark (right, left), above or
 * below it (centred, then flush with either side), beside it half a line up or
 * down, then beyond either end of its period bar (`period`, when it has one).
 */
/**
 * How many lines above or below a mark its label may go, at most, when nearer places are taken. None on a phone:
 * there a label a few lines away reads as another mark's, so it is left out and the tooltip and table give the price.
 */
const FURTHER_LINES = { compact: 1, regular: 6 };

export function labelCandidates(mark: Box, text: string, size: number, gap: number, period?: { left: number; right: number }, further = FURTHER_LINES.regular): Box[] {
  const w = textWidth(text, size);
  const cx = (mark.left + mark.right) / 2;
  const cy = (mark.top + mark.bottom) / 2;
  const at = (left: number, baseline: number): Box => ({ left, right: left + w, top: baseline - size * BASELINE_FROM_TOP, bottom: baseline + size * BASELINE_FROM_BOTTOM });
  const mid = cy + size * BASELINE_TO_CENTRE;
  const above = mark.top - gap;
  const below = mark.bottom + gap + size * BASELINE_FROM_TOP;
  const right = mark.right + gap;
  const left = mark.left - gap - w;
  return [
    at(right, mid),
    at(left, mid),
    at(cx - w / 2, above),
    at(cx - w / 2, below),
    at(mark.left, above),
    at(mark.right - w, above),
    at(mark.left, below),
    at(mark.right - w, below),
    at(right, mid - size * HALF_LINE),
    at(right, mid + size * HALF_LINE),
    at(left, mid - size * HALF_LINE),
    at(left, mid + size * HALF_LINE),
    ...(period ? [at(period.right + gap, mid), at(period.left - gap - w, mid), at(period.left, above), at(period.left, below)] : []),
    // Up to `further` lines further out, when text at 12px or more crowds the nearer places.
    ...Array.from({ length: further }, (_, i) => (i + 1) * size).flatMap((d) => [
      at(mark.left, above - d),
      at(mark.right - w, above - d),
      at(mark.left, below + d),
      at(mark.right - w, below + d),
    ]),
  ];
}

/** What labels must keep clear of: every mark or bar, and every period bar (with its end ticks). */
export function obstacles(geometry: readonly PriceGeometry[], x: ScaleTime<number, number>): Box[] {
  return geometry.flatMap((g) => {
    const midY = (g.yLow + g.yHigh) / 2;
    const period = showPeriod(g, x) ? [{ left: x(g.span.start), right: x(g.span.end), top: midY - PERIOD_HALF_HEIGHT, bottom: midY + PERIOD_HALF_HEIGHT }] : [];
    return [g.box, ...period];
  });
}

function yAxis(spec: PanelSpec, style: PanelStyle): { y: (v: number) => number; nodes: SvgNode[] } {
  const max = Math.max(...spec.rows.map((r) => r.high));
  const bottom = spec.top + spec.height;
  const few = spec.height < PANEL_TICKS.short || style.compact;
  const y = scaleLinear().domain([0, max]).nice(few ? 3 : 4).range([bottom, spec.top]);
  const symbol = currencySymbol(spec.currency);
  const ticks = linearTicks(y, spec.height < PANEL_TICKS.tiny ? 2 : few ? 3 : 4, (n) => `${symbol}${style.compact ? compactNumber(n) : formatNumber(n)}`);
  const nodes = valueAxis(ticks, { left: style.left, right: style.right, fontSize: style.fontSize, labelGap: AXIS_LABEL_GAP, zero: "none", tickClass: "tick y-tick" });
  return { y, nodes };
}

/** Labels keep this much clear of each other and of marks and period bars. */
const LABEL_PADDING = 1;

/** One currency's panel (a `g.panel` naming its currency): heading, price axis, year gridlines (labels on the last panel only), marks and labels. */
export function pricePanel(spec: PanelSpec, x: ScaleTime<number, number>, style: PanelStyle, last: boolean): SvgElement {
  const fs = style.fontSize;
  const labelSize = fs;
  const drawnWidth = style.width;
  const axis = yAxis(spec, style);
  const bottom = spec.top + spec.height;
  const radius = style.compact ? MARK_RADIUS.compact : MARK_RADIUS.regular;
  const geometry = priceGeometry(spec.rows, x, axis.y, radius);
  const byId = new Map(geometry.map((g) => [g.row.id, g]));
  const ordered = labelPriority(spec.rows).flatMap((r) => byId.get(r.id) ?? []);
  // A label may rise one line above the panel's top tick, into the room below the heading.
  const bounds = { left: style.left, right: style.width, top: spec.top - fs, bottom: bottom - BOTTOM_INSET };
  const options = ordered.map((g) => labelCandidates(g.box, labelText(g.row), labelSize, LABEL_GAP, g.span.day ? undefined : { left: x(g.span.start), right: x(g.span.end) }, style.compact ? FURTHER_LINES.compact : FURTHER_LINES.regular));
  const requests = ordered.map((g, i) => ({ id: g.row.id, candidates: (options[i] ?? []).map((box) => ({ box, align: "start" as const })) }));
  // A label clear of nothing is left out: its price stays in the tooltip and the table.
  const placed = placeLabels(requests, { bounds, obstacles: obstacles(geometry, x), padding: LABEL_PADDING, obstaclePadding: LABEL_PADDING, leaveOut: true });
  const rowsById = new Map(ordered.map((g) => [g.row.id, g.row]));
  const labels = new Map<string, SvgNode>();
  for (const { id, box } of placed) {
    const row = rowsById.get(id);
    if (row) labels.set(id, el("text", { x: num(box.left), y: num(box.bottom - labelSize * BASELINE_FROM_BOTTOM), "font-size": labelSize, class: measureGroup(row.measure).className }, labelText(row)));
  }
  const marks = geometry.map((g) => {
    const cls = measureGroup(g.row.measure).className;
    const style = markStyle(g.row.qualifier);
    const midY = (g.yLow + g.yHigh) / 2;
    const shape = g.row.low === g.row.high ? [markPath(style, g.x, g.yLow, markArea(radius), cls)] : rangeBar(g.x, g.yHigh, g.yLow, cls, style.filled);
    return el(
      "g",
      { class: "datum", "data-tip": priceTip(g.row), "data-id": g.row.id },
      hitArea(g.x, midY, drawnWidth, 0, g.yLow - g.yHigh),
      showPeriod(g, x) ? el("g", { class: "period" }, ...spanBar(x(g.span.start), x(g.span.end), midY, cls)) : null,
      ...shape,
      labels.get(g.row.id),
    );
  });
  return el(
    "g",
    { class: "panel", "data-currency": spec.currency },
    el("text", { x: 0, y: spec.top - fs - HEADING.gap, "font-size": fs + HEADING.fontStep, "font-weight": "bold" }, currencyHeading(spec.currency)),
    ...axis.nodes,
    ...timeAxis(x, { top: spec.top, y: bottom, fontSize: fs, width: style.width, labels: last }),
    el("g", { class: "prices" }, ...marks),
  );
}
