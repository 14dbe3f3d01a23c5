/** A legend that flows left to right and wraps within the chart width, and what a phone's legend may hold. */
import type { Qualifier } from "../../data/schemas.ts";
import type { MarkStyle } from "./marks.ts";
import { markPath, qualifierLegend } from "./marks.ts";
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

/**
 * Most entries a compact (phone) drawing's legend may have (issue 11): more than this and a reader on a phone
 * spends longer on the key than on the chart. What else a legend would say goes in direct labels or the notes.
 */
export const PHONE_LEGEND_MAX = 4;

const SHAPE_NAMES: Readonly<Record<MarkStyle["shape"], string>> = {
  circle: "circle",
  "triangle-up": "triangle",
  "triangle-down": "upside-down triangle",
  square: "square",
  diamond: "diamond",
};

/**
 * The qualifier key as a sentence, for the notes of a chart whose phone legend leaves the mark shapes out
 * (their labels carry the qualifier symbol): "A filled mark is an exact figure; a qualified figure is open, ...: an open
 * circle for ≈ approximate (around, almost, nearly), ...". Bars say "A filled bar ...; a qualified figure is an open bar
 * topped by its mark". Null when nothing drawn is qualified.
 */
export function qualifierNote(qualifiers: Iterable<Qualifier>, what: string, drawnAs: "mark" | "bar" = "mark"): string | null {
  const styles = qualifierLegend(qualifiers);
  const open = styles.filter((s) => !s.filled).map((s) => `an open ${SHAPE_NAMES[s.shape]} for ${s.legend.replace(/ [A-Z]/, (c) => c.toLowerCase())}`);
  if (open.length === 0) return null;
  const exact = styles.some((s) => s.filled) ? `A filled ${drawnAs} is an exact ${what}; ` : "";
  const list = open.length === 1 ? (open[0] ?? "") : `${open.slice(0, -1).join(", ")} and ${open[open.length - 1] ?? ""}`;
  // A bar's length is the value, so a qualified bar keeps its length and carries the mark on its top.
  const qualified = drawnAs === "bar" ? "an open bar topped by its mark" : "open";
  return `${exact}${exact ? "a" : "A"} qualified ${what} is ${qualified}, and its label starts with the qualifier's symbol: ${list}.`;
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
