import { describe, expect, test } from "vitest";
import { SHOWN_FROM, WIDTHS } from "../../../src/lib/charts/core/definition.ts";
import { hitArea, hitSize, MIN_TARGET_PX } from "../../../src/lib/charts/core/hit-area.ts";

describe("hitSize(width)", () => {
  test.each([
    // 24 × 360 / 328 = 26.3, 24 × 720 / 640 = 27 and 24 × 864 / 850 = 24.4, each rounded up
    ["compact", WIDTHS.compact, SHOWN_FROM.compact, 27],
    ["regular", WIDTHS.regular, SHOWN_FROM.regular, 27],
    ["wide", WIDTHS.wide, SHOWN_FROM.wide, 25],
  ] as const)("at the %s width the target renders at least 24px where the drawing is smallest", (_name, width, shown, side) => {
    expect(hitSize(width)).toBe(side);
    expect((hitSize(width) * shown) / width).toBeGreaterThanOrEqual(MIN_TARGET_PX);
  });
});

describe("hitArea(cx, cy, width, w, h)", () => {
  test("a square of hitSize centred on a small mark, transparent", () => {
    expect(hitArea(100, 50, WIDTHS.regular).attrs).toEqual({ x: 86.5, y: 36.5, width: 27, height: 27, fill: "transparent", class: "hit" });
  });
  test("covers a mark larger than the minimum (a tall bar) and keeps the minimum across", () => {
    expect(hitArea(100, 50, WIDTHS.compact, 10, 80).attrs).toMatchObject({ x: 86.5, y: 10, width: 27, height: 80 });
  });
});
