/** Test helpers: where each text label of a chart tree ends up, in absolute chart coordinates. */
import type { SvgElement, SvgNode } from "../../../src/lib/charts/core/svg-tree.ts";
import { textWidth } from "../../../src/lib/charts/core/text.ts";

export interface PlacedText {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function translateOf(node: SvgElement): [number, number] {
  const m = /translate\(\s*(-?[\d.]+)[ ,]\s*(-?[\d.]+)\s*\)/.exec(String(node.attrs["transform"] ?? ""));
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

const textOf = (node: SvgNode): string => (typeof node === "string" ? node : node.children.map(textOf).join(""));

/** Every <text> (and each of its <tspan> lines) with its estimated box, ancestors' translations applied. */
export function placedTexts(node: SvgNode, dx = 0, dy = 0): PlacedText[] {
  if (typeof node === "string") return [];
  const [tx, ty] = translateOf(node);
  const ox = dx + tx;
  const oy = dy + ty;
  if (node.tag !== "text") return node.children.flatMap((c) => placedTexts(c, ox, oy));
  const size = Number(node.attrs["font-size"] ?? 12);
  const bold = node.attrs["font-weight"] === "bold";
  const anchor = String(node.attrs["text-anchor"] ?? "start");
  let x = Number(node.attrs["x"] ?? 0);
  let y = Number(node.attrs["y"] ?? 0);
  const lines: { text: string; x: number; y: number }[] = [];
  const spans = node.children.filter((c): c is SvgElement => typeof c !== "string" && c.tag === "tspan");
  if (spans.length === 0) lines.push({ text: textOf(node), x, y });
  for (const span of spans) {
    x = span.attrs["x"] === undefined ? x : Number(span.attrs["x"]);
    y = span.attrs["y"] === undefined ? y + Number(span.attrs["dy"] ?? 0) : Number(span.attrs["y"]);
    lines.push({ text: textOf(span), x, y });
  }
  return lines.map((l) => {
    const w = textWidth(l.text, size, bold);
    const left = anchor === "middle" ? l.x - w / 2 : anchor === "end" ? l.x - w : l.x;
    return { text: l.text, left: ox + left, right: ox + left + w, top: oy + l.y - size * 0.8, bottom: oy + l.y + size * 0.2 };
  });
}
