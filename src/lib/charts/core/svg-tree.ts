/**
 * A chart is built as a small tree of SVG elements (plain data), so the same
 * tree can be rendered inline by an Astro component, serialised to an .svg
 * download, rasterised to PNG and snapshot-tested. Only a fixed set of tags
 * and attribute names exists here: no scripts, no event handlers, no links.
 */

import { escapeMarkup } from "../../format/markup.ts";

export const SVG_TAGS = ["svg", "g", "title", "desc", "style", "path", "line", "rect", "circle", "text", "tspan"] as const;
export type SvgTag = (typeof SVG_TAGS)[number];

export type AttrValue = string | number;

export interface SvgElement {
  readonly tag: SvgTag;
  readonly attrs: Readonly<Record<string, AttrValue>>;
  readonly children: readonly SvgNode[];
}

/** A string child is text content; it is always escaped when rendered. */
export type SvgNode = SvgElement | string;

// Letters, digits and hyphens (viewBox is camel-case); `on*` handlers, any `href` and namespaces are refused.
const ATTR_NAME = /^(?![oO][nN])(?!.*[hH][rR][eE][fF])[a-zA-Z][a-zA-Z0-9-]*$/;

/** Builds an element; `undefined` and `false`-y optional attributes are dropped. */
export function el(tag: SvgTag, attrs: Record<string, AttrValue | undefined | null> = {}, ...children: (SvgNode | null | undefined | false)[]): SvgElement {
  const clean: Record<string, AttrValue> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    if (!ATTR_NAME.test(name)) throw new Error(`attribute ${JSON.stringify(name)} is not allowed in chart SVG`);
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`attribute ${name} is ${value}`);
    clean[name] = value;
  }
  return { tag, attrs: clean, children: children.filter((c): c is SvgNode => c !== null && c !== undefined && c !== false) };
}

/** Rounds coordinates so output is stable and small: 2 decimals at most. */
export function num(n: number): number {
  return Math.round(n * 100) / 100;
}

function attrText(value: AttrValue): string {
  return escapeMarkup(typeof value === "number" ? String(num(value)) : value);
}

/** Serialises a tree to SVG markup; all text and attribute values are escaped. */
export function renderSvg(node: SvgNode): string {
  if (typeof node === "string") return escapeMarkup(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${attrText(v)}"`)
    .join("");
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${node.children.map(renderSvg).join("")}</${node.tag}>`;
}

/** Every element in a tree, depth first (for tests and checks). */
export function walk(node: SvgNode): SvgElement[] {
  if (typeof node === "string") return [];
  return [node, ...node.children.flatMap(walk)];
}
