/** Test helpers: finding a chart's data marks, their positions and text in a built SVG tree. */
import type { ChartModel } from "../../../src/lib/charts/core/frame.ts";
import { el, walk, type SvgElement, type SvgNode } from "../../../src/lib/charts/core/svg-tree.ts";
import { overlappingPairs } from "../../../src/lib/charts/core/boxes.ts";
import { placedTexts, type PlacedText } from "./layout.ts";

/** The whole plot under one root, for walking. */
export const root = (model: ChartModel): SvgElement => el("g", {}, ...model.plot);

/** Every `g.datum`, by its data-id. */
export function datums(model: ChartModel): Map<string, SvgElement> {
  const found = walk(root(model)).filter((e) => e.tag === "g" && e.attrs["class"] === "datum");
  return new Map(found.map((g) => [String(g.attrs["data-id"]), g]));
}

export function classOf(e: SvgElement): string[] {
  return String(e.attrs["class"] ?? "").split(/\s+/).filter(Boolean);
}

/** The first element under `node` (itself included) whose class list has `name`. */
export function byClass(node: SvgElement, name: string): SvgElement[] {
  return walk(node).filter((e) => classOf(e).includes(name));
}

/** The data mark of a datum: its `path.mark` or `rect.mark`. */
export function markOf(g: SvgElement): SvgElement {
  const mark = walk(g).find((e) => (e.tag === "path" || e.tag === "rect") && classOf(e).includes("mark"));
  if (!mark) throw new Error(`no mark in ${String(g.attrs["data-id"])}`);
  return mark;
}

/** Centre of a path mark, from its translate(). */
export function centreOf(mark: SvgElement): { x: number; y: number } {
  const m = /translate\((-?[\d.]+),(-?[\d.]+)\)/.exec(String(mark.attrs["transform"] ?? ""));
  if (!m) throw new Error("mark has no translate()");
  return { x: Number(m[1]), y: Number(m[2]) };
}

/** The horizontal span bar of a datum (the longest `line.span`), as [x1, x2]; null when it has none. */
export function spanOfDatum(g: SvgElement): [number, number] | null {
  const lines = walk(g).filter((e) => e.tag === "line" && classOf(e).includes("span") && e.attrs["y1"] === e.attrs["y2"]);
  const [bar] = lines;
  return bar ? [Number(bar.attrs["x1"]), Number(bar.attrs["x2"])] : null;
}

const textOf = (node: SvgNode): string => (typeof node === "string" ? node : node.children.map(textOf).join(""));

/** Text content of every <text> under `node`. */
export function texts(node: SvgElement): string[] {
  return walk(node)
    .filter((e) => e.tag === "text")
    .map(textOf);
}

/** Pairs of text lines that overlap anywhere in the chart, as readable strings. */
export function overlappingTexts(model: ChartModel): string[] {
  const placed: PlacedText[] = placedTexts(root(model)).filter((t) => t.text.trim() !== "");
  return overlappingPairs(placed).map(([i, j]) => `${JSON.stringify(placed[i]?.text)} x ${JSON.stringify(placed[j]?.text)}`);
}
