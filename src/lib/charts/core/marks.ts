/**
 * How a figure's qualifier is drawn. An exact figure is a filled mark; a
 * qualified one is an open mark with a symbol in its label, so "almost 12,000"
 * can never be mistaken for 12,000. The legend text comes from the same table.
 */
import { symbol, symbolCircle, symbolTriangle, symbolSquare, symbolDiamond } from "d3";
import type { Qualifier } from "../../data/schemas.ts";
import { qualifierSymbol } from "../../format/numbers.ts";
import { el, type SvgElement } from "./svg-tree.ts";

export type MarkKind = "exact" | "approximate" | "lower-bound" | "upper-bound" | "starting-point";

export interface MarkStyle {
  readonly kind: MarkKind;
  /** Filled for exact figures only. */
  readonly filled: boolean;
  readonly shape: "circle" | "triangle-up" | "triangle-down" | "square" | "diamond";
  /** Prefix for labels: "", "≈", ">", "≤", "≥". */
  readonly symbol: string;
  readonly legend: string;
}

const STYLES: Readonly<Record<MarkKind, Omit<MarkStyle, "kind" | "symbol">>> = {
  exact: { filled: true, shape: "circle", legend: "Exact figure" },
  approximate: { filled: false, shape: "circle", legend: "≈ Approximate (around, almost, nearly)" },
  "lower-bound": { filled: false, shape: "triangle-up", legend: "> Lower bound (more than)" },
  "upper-bound": { filled: false, shape: "triangle-down", legend: "≤ Upper bound (up to)" },
  "starting-point": { filled: false, shape: "square", legend: "≥ Starting point (from)" },
};

const KIND_OF: Readonly<Record<Qualifier, MarkKind>> = {
  exact: "exact",
  around: "approximate",
  almost: "approximate",
  nearly: "approximate",
  "more-than": "lower-bound",
  "up-to": "upper-bound",
  from: "starting-point",
};

export function markStyle(qualifier: Qualifier): MarkStyle {
  const kind = KIND_OF[qualifier];
  return { kind, symbol: qualifierSymbol(qualifier), ...STYLES[kind] };
}

/** Legend entries for the qualifiers present, in a fixed order. */
export function qualifierLegend(qualifiers: Iterable<Qualifier>): MarkStyle[] {
  const kinds = new Set([...qualifiers].map((q) => KIND_OF[q]));
  return (Object.keys(STYLES) as MarkKind[]).filter((k) => kinds.has(k)).map((k) => ({ kind: k, symbol: "", ...STYLES[k] }));
}

const SHAPES = {
  circle: symbolCircle,
  "triangle-up": symbolTriangle,
  "triangle-down": symbolTriangle,
  square: symbolSquare,
  diamond: symbolDiamond,
} as const;

/**
 * d3 symbol sizes are areas. A radius squared times this (a touch over π) gives a circle of about that radius, and
 * every other shape the same area, so marks of one radius look equally heavy.
 */
const AREA_PER_RADIUS_SQUARED = 3.2;

/** The symbol size (area) for a mark of about `radius`. */
export function markArea(radius: number): number {
  return radius * radius * AREA_PER_RADIUS_SQUARED;
}

/** The mark as an SVG path centred on (x, y); `size` is its area in square units. */
export function markPath(style: Pick<MarkStyle, "shape" | "filled" | "kind">, x: number, y: number, size = 64, className = ""): SvgElement {
  const d = symbol(SHAPES[style.shape], size)() ?? "";
  const rotate = style.shape === "triangle-down" ? " rotate(180)" : "";
  return el("path", {
    d,
    transform: `translate(${Math.round(x * 100) / 100},${Math.round(y * 100) / 100})${rotate}`,
    class: `mark mark-${style.kind} ${style.filled ? "mark-filled" : "mark-open"} ${className}`.trim(),
  });
}
