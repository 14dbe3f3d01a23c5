/**
 * Boxes and lines in user units (y grows downwards, as in SVG), and the tests
 * the label-placement engine (`label-placement.ts`) and the chart tests use:
 * overlap, containment, distance, a line crossing a box.
 */

/** An axis-aligned box in user units (top < bottom). */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A straight line from (x1, y1) to (x2, y2), e.g. a guide line or an event line. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export type Obstacle = Box | Segment;

/** True when two boxes share any area or come closer than `padding` to each other. */
export function boxesOverlap(a: Box, b: Box, padding = 0): boolean {
  return a.left < b.right + padding && b.left < a.right + padding && a.top < b.bottom + padding && b.top < a.bottom + padding;
}

/** True when `inner` lies wholly inside `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}

/** Index pairs [i, j] (i < j) of boxes that overlap: empty when a layout is clean. */
export function overlappingPairs(boxes: readonly Box[], pad = 0): [number, number][] {
  const pairs: [number, number][] = [];
  boxes.forEach((a, i) => {
    boxes.slice(i + 1).forEach((b, k) => {
      if (boxesOverlap(a, b, pad)) pairs.push([i, i + 1 + k]);
    });
  });
  return pairs;
}

/** The shortest distance between two boxes (0 when they touch or overlap). */
export function boxDistance(a: Box, b: Box): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return Math.hypot(dx, dy);
}

/** Whether a segment passes through a box (Liang-Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - b.left],
    [dx, b.right - s.x1],
    [-dy, s.y1 - b.top],
    [dy, b.bottom - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

const isBox = (o: Obstacle): o is Box => "left" in o;

/** Whether a box touches an obstacle: a box within `padding`, or a line through it. */
export function hitsObstacle(box: Box, o: Obstacle, padding = 0): boolean {
  return isBox(o) ? boxesOverlap(box, o, padding) : segmentHitsBox(o, box);
}

export const shiftBox = (b: Box, dx: number, dy: number): Box => ({ left: b.left + dx, right: b.right + dx, top: b.top + dy, bottom: b.bottom + dy });

/** Moves a box the least distance that puts it inside the bounds (when it is smaller than them). */
export function clampBox(b: Box, bounds: Box): Box {
  const dx = b.left < bounds.left ? bounds.left - b.left : b.right > bounds.right ? bounds.right - b.right : 0;
  const dy = b.top < bounds.top ? bounds.top - b.top : b.bottom > bounds.bottom ? bounds.bottom - b.bottom : 0;
  return shiftBox(b, dx, dy);
}
