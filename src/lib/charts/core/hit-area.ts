/**
 * Invisible tap and click targets. A mark may be drawn small (a 14px dot), but its `g.datum` gets a transparent
 * square around it at least MIN_TARGET_PX CSS px on a side as rendered (WCAG 2.2 target size, issue 11), so a finger
 * or pointer hits it. Transparent fill still takes pointer events in SVG; resvg draws nothing for it.
 */
import { SHOWN_FROM, WIDTHS, widthName } from "./definition.ts";
import { el, num, type SvgElement } from "./svg-tree.ts";

/** Smallest tap or click target as rendered, CSS px. */
export const MIN_TARGET_PX = 24;

/** Side of a target in user units at a drawn width: MIN_TARGET_PX scaled up by how far the drawing can shrink, rounded up. */
export function hitSize(width: number): number {
  const name = widthName(width);
  return Math.ceil((MIN_TARGET_PX * WIDTHS[name]) / SHOWN_FROM[name]);
}

/** A target centred on (cx, cy), at least `hitSize(width)` square, widened to cover a `w` x `h` mark when larger. */
export function hitArea(cx: number, cy: number, width: number, w = 0, h = 0): SvgElement {
  const side = hitSize(width);
  const tw = Math.max(side, w);
  const th = Math.max(side, h);
  return el("rect", { x: num(cx - tw / 2), y: num(cy - th / 2), width: num(tw), height: num(th), fill: "transparent", class: "hit" });
}
