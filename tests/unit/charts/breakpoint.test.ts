import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  CAPTION_PX,
  chartFontSize,
  COMPACT_BELOW,
  isCompact,
  MIN_TEXT_PX,
  SHOWN_FROM,
  WIDE_FROM,
  WIDE_SHOWN_MAX,
  widthName,
  WIDTHS,
} from "../../../src/lib/charts/core/definition.ts";

describe("isCompact(width)", () => {
  test.each([
    [WIDTHS.compact, true],
    [WIDTHS.regular, false],
    [WIDTHS.wide, false],
    [COMPACT_BELOW - 1, true],
    [COMPACT_BELOW, false],
    [0, true],
  ])("%d -> %s", (width, compact) => {
    expect(isCompact(width)).toBe(compact);
  });

  test("the breakpoint lies between the compact and regular drawn widths", () => {
    expect(WIDTHS.compact).toBeLessThan(COMPACT_BELOW);
    expect(WIDTHS.regular).toBeGreaterThan(COMPACT_BELOW);
  });
});

describe("widthName(width)", () => {
  test.each([
    [WIDTHS.compact, "compact"],
    [COMPACT_BELOW, "regular"],
    [WIDTHS.regular, "regular"],
    [WIDE_FROM - 1, "regular"],
    [WIDE_FROM, "wide"],
    [WIDTHS.wide, "wide"],
  ])("%d -> %s", (width, name) => {
    expect(widthName(width)).toBe(name);
  });
});

describe("chartFontSize(width) and where each drawing is shown", () => {
  const css = readFileSync(join(import.meta.dirname, "../../../src/components/charts/ChartFigure.astro"), "utf8");

  test.each(Object.entries(WIDTHS))("%s: text at least MIN_TEXT_PX as rendered from the narrowest box it is shown in", (name, width) => {
    const shown = SHOWN_FROM[name as keyof typeof SHOWN_FROM];
    expect((chartFontSize(width) * shown) / width).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });

  test("the wide drawing's text renders at the caption size at its widest, within 1px", () => {
    expect(Math.abs((chartFontSize(WIDTHS.wide) * WIDE_SHOWN_MAX) / WIDTHS.wide - CAPTION_PX)).toBeLessThanOrEqual(1);
  });

  test("the regular drawing's text stays within 1px of the caption size up to where the wide one takes over", () => {
    expect((chartFontSize(WIDTHS.regular) * SHOWN_FROM.wide) / WIDTHS.regular).toBeLessThanOrEqual(CAPTION_PX + 1);
  });

  test("ChartFigure switches drawings where SHOWN_FROM says", () => {
    expect(css).toContain(`@container (min-width: ${SHOWN_FROM.regular}px)`);
    expect(css).toContain(`@container (min-width: ${SHOWN_FROM.wide}px)`);
  });

  test("WIDE_SHOWN_MAX and CAPTION_PX are the page's --wide and caption size (tokens.css, 16px rem)", () => {
    const tokens = readFileSync(join(import.meta.dirname, "../../../src/styles/tokens.css"), "utf8");
    expect(tokens).toContain(`--wide: ${WIDE_SHOWN_MAX / 16}rem;`);
    expect(tokens).toContain(`--step--1: ${CAPTION_PX / 16}rem;`);
  });
});
