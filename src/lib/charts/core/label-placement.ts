/**
 * The one label-placement engine, used by every chart: placement at build
 * time, without a browser. Each label offers
 * candidate boxes in order of preference (left of its mark, right of it,
 * above...); the first that stays inside the bounds and clear of the labels
 * already placed and of obstacles (marks, lines) wins. When none is clear, the
 * least-bad candidate is clamped into the bounds and nudged vertically in
 * small steps until it clears the other labels. Pure and deterministic: the
 * same input always gives the same layout, so goldens stay stable. With
 * `leaveOut`, a label with no clear candidate is left out instead (the figure
 * stays in the tooltip and the table).
 */
import { boxDistance, boxesOverlap, boxInside, clampBox, hitsObstacle, segmentHitsBox, shiftBox, type Box, type Obstacle, type Segment } from "./boxes.ts";

export type { Box, Obstacle, Segment } from "./boxes.ts";


/** How the text sits in its box: `start` (left-aligned), `middle` or `end` (right-aligned). */
export type Align = "start" | "middle" | "end";

export interface Candidate {
  readonly box: Box;
  readonly align: Align;
  /**
   * A line drawn with the label (e.g. an event line from the label down to the
   * axis): it must not cross a label already placed, and once placed, later
   * labels must not cross it.
   */
  readonly leader?: Segment;
}

export interface LabelRequest {
  readonly id: string;
  /** In order of preference; at least one. */
  readonly candidates: readonly Candidate[];
}

export interface PlacedLabel {
  readonly id: string;
  readonly box: Box;
  readonly align: Align;
  readonly leader?: Segment;
  /** False when no candidate or nudge was clear of every label and obstacle (the label then crosses a line or mark at worst). */
  readonly clear: boolean;
}

export interface PlaceOptions {
  readonly bounds: Box;
  readonly obstacles?: readonly Obstacle[];
  /**
   * Lines a label may cover when nothing better is free (e.g. event lines,
   * which the caller then breaks around the label with `gapsAround`).
   */
  readonly soft?: readonly Obstacle[];
  /** Space kept between two labels. */
  readonly padding?: number;
  /** Vertical nudge step and the furthest a label may be nudged. */
  readonly step?: number;
  readonly maxShift?: number;
  /** Space kept between a label and a box obstacle (lines are hit or not). */
  readonly obstaclePadding?: number;
  /** Leave out a label no candidate places clear, instead of nudging or clamping it. */
  readonly leaveOut?: boolean;
  /**
   * A clear candidate closer than this to a label already placed loses to a
   * later one that keeps this distance, so labels do not stack up where a
   * reader could take one for the other's.
   */
  readonly spacing?: number;
}

export type Side = "left" | "right" | "above" | "below" | "above-start" | "above-end" | "below-start" | "below-end";

/**
 * Candidate boxes of `width` x `height` around an anchor point, `gap` away from
 * it: `left`/`right` centred vertically on the anchor, `above`/`below` centred
 * horizontally, `-start` boxes beginning at the anchor's x and `-end` boxes ending there.
 */
export function around(x: number, y: number, width: number, height: number, gap: number, sides: readonly Side[]): Candidate[] {
  const mid = { top: y - height / 2, bottom: y + height / 2 };
  const above = { top: y - gap - height, bottom: y - gap };
  const below = { top: y + gap, bottom: y + gap + height };
  const boxes: Record<Side, Candidate> = {
    left: { box: { left: x - gap - width, right: x - gap, ...mid }, align: "end" },
    right: { box: { left: x + gap, right: x + gap + width, ...mid }, align: "start" },
    above: { box: { left: x - width / 2, right: x + width / 2, ...above }, align: "middle" },
    below: { box: { left: x - width / 2, right: x + width / 2, ...below }, align: "middle" },
    "above-start": { box: { left: x, right: x + width, ...above }, align: "start" },
    "above-end": { box: { left: x - width, right: x, ...above }, align: "end" },
    "below-start": { box: { left: x, right: x + width, ...below }, align: "start" },
    "below-end": { box: { left: x - width, right: x, ...below }, align: "end" },
  };
  return sides.map((s) => boxes[s]);
}

/**
 * Breaks a vertical line at x (from y1 to y2) around the boxes it would cross,
 * keeping `pad` clear above and below each: returns the pieces to draw.
 */
export function gapsAround(x: number, y1: number, y2: number, boxes: readonly Box[], pad = 2): [number, number][] {
  const cuts = boxes
    .filter((b) => b.left - pad <= x && x <= b.right + pad && b.bottom + pad > y1 && b.top - pad < y2)
    .map((b) => [b.top - pad, b.bottom + pad] as const)
    .sort((a, b) => a[0] - b[0]);
  const pieces: [number, number][] = [];
  let from = y1;
  for (const [top, bottom] of cuts) {
    if (top > from) pieces.push([from, top]);
    from = Math.max(from, bottom);
  }
  if (from < y2) pieces.push([from, y2]);
  return pieces;
}

/** Places labels in the order given; earlier labels get their preferred spots. Left-out labels are absent from the result. */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions): PlacedLabel[] {
  const { bounds, obstacles = [], soft = [], padding = 1, obstaclePadding = 0, leaveOut = false, step = 2, maxShift = 40, spacing = 0 } = options;
  const placed: PlacedLabel[] = [];
  const clashes = (box: Box, leader?: Segment) =>
    placed.filter((p) => boxesOverlap(box, p.box, padding) || (p.leader !== undefined && segmentHitsBox(p.leader, box)) || (leader !== undefined && segmentHitsBox(leader, p.box))).length;
  const blocked = (box: Box) => obstacles.filter((o) => hitsObstacle(box, o, obstaclePadding)).length;
  const covers = (box: Box) => soft.some((o) => hitsObstacle(box, o));
  const spaced = (box: Box) => placed.every((p) => boxDistance(box, p.box) >= spacing);
  // Preference: clear and spaced, then spaced but over a soft line, then clear, then over a soft line.
  const tiers: ((c: Candidate) => boolean)[] = [(c) => !covers(c.box) && spaced(c.box), (c) => spaced(c.box), (c) => !covers(c.box), () => true];
  for (const request of requests) {
    const usable = request.candidates.filter((c) => boxInside(c.box, bounds) && clashes(c.box, c.leader) === 0 && blocked(c.box) === 0);
    const clear = tiers.map((tier) => usable.find(tier)).find((c) => c !== undefined);
    if (clear) {
      placed.push({ id: request.id, box: clear.box, align: clear.align, clear: true, ...(clear.leader ? { leader: clear.leader } : {}) });
      continue;
    }
    if (leaveOut) continue;
    // Otherwise nudge each candidate up or down, the smallest shift first; earlier candidates win ties.
    const first = request.candidates[0];
    if (!first) throw new Error(`label ${request.id} has no candidate position`);
    const shifts: number[] = [];
    for (let d = step; d <= maxShift; d += step) shifts.push(d, -d);
    const nudged = shifts.flatMap((d) => request.candidates.filter((c) => !c.leader).map((c) => ({ ...c, box: shiftBox(c.box, 0, d) })));
    const free = nudged.find((c) => boxInside(c.box, bounds) && clashes(c.box) === 0 && blocked(c.box) === 0);
    // Last resort: the least bad candidate (another label is worse than a line or a mark, leaving the bounds worst of all), clamped inside.
    const score = (c: Candidate) => (boxInside(c.box, bounds) ? 0 : 100) + 10 * clashes(c.box, c.leader) + blocked(c.box);
    const best = request.candidates.reduce((x, y) => (score(y) < score(x) ? y : x), first);
    const chosen = free ?? { ...best, box: clampBox(best.box, bounds) };
    placed.push({ id: request.id, box: chosen.box, align: chosen.align, clear: free !== undefined, ...(chosen.leader ? { leader: chosen.leader } : {}) });
  }
  return placed;
}

/**
 * Spreads marks that would sit on top of each other (closer than `minGap` on
 * both axes) sideways, symmetrically about their mean x, `minGap` apart; other
 * marks keep their x. Returns the new x of each point, in input order.
 */
export function dodgeX(points: readonly { readonly x: number; readonly y: number }[], minGap: number): number[] {
  const order = points.map((p, i) => ({ ...p, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const xs = points.map((p) => p.x);
  let cluster: typeof order = [];
  const flush = () => {
    const mean = cluster.reduce((s, p) => s + p.x, 0) / cluster.length;
    cluster.forEach((p, k) => {
      if (cluster.length > 1) xs[p.i] = mean + (k - (cluster.length - 1) / 2) * minGap;
    });
    cluster = [];
  };
  for (const p of order) {
    const last = cluster[cluster.length - 1];
    if (last && !(p.x - last.x < minGap && Math.abs(p.y - last.y) < minGap)) flush();
    cluster.push(p);
  }
  flush();
  return xs;
}
