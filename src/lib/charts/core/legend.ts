/** A legend that flows left to right and wraps within the chart width. */
import type { MarkStyle } from "./marks.ts";
import { markPath } from "./marks.ts";
import { el, type SvgNode } from "./svg-tree.ts";
import { textWidth } from "./text.ts";

export interface LegendItem {
  /** The mark to show; null for a text-only entry. */
  readonly mark: Pick<MarkStyle, "shape" | "filled" | "kind"> | null;
  readonly text: string;
  /** Extra class for the mark, e.g. a series colour. */
  readonly className?: string;
  /**
   * A key drawn instead of `mark` (a line style, a ring...), centred on (cx, cy)
   * about `size` units wide (the font size); laid out like a mark.
   */
  readonly swatch?: (cx: number, cy: number, size: number) => SvgNode[];
}

export function legendItems(styles: readonly MarkStyle[], className = "series-2"): LegendItem[] {
  return styles.map((s) => ({ mark: s, text: s.legend, className }));
}

/** Lays out items in rows; returns the nodes (relative to x, y) and the height used. */
export function legendRow(items: readonly LegendItem[], x: number, y: number, width: number, fontSize: number): { nodes: SvgNode[]; height: number } {
  const gap = 14;
  const markSpace = fontSize + 6;
  const lineHeight = fontSize * 1.6;
  let cx = x;
  let cy = y + fontSize;
  const nodes: SvgNode[] = [];
  for (const item of items) {
    const keyed = item.mark !== null || item.swatch !== undefined;
    const w = (keyed ? markSpace : 0) + textWidth(item.text, fontSize);
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += lineHeight;
    }
    if (item.swatch) nodes.push(...item.swatch(cx + fontSize / 2, cy - fontSize / 3, fontSize));
    else if (item.mark) nodes.push(markPath(item.mark, cx + fontSize / 2, cy - fontSize / 3, fontSize * 5, item.className));
    nodes.push(el("text", { x: cx + (keyed ? markSpace : 0), y: cy, "font-size": fontSize }, item.text));
    cx += w + gap;
  }
  return { nodes, height: items.length === 0 ? 0 : cy - y + fontSize * 0.6 };
}
