import { describe, expect, test } from "vitest";
import { besideMark, boxesOverlap, boxInside, fitLines, overlappingPairs, packRows, placeLabels, rowCount } from "../../../src/lib/charts/core/label-layout.ts";
import { textWidth } from "../../../src/lib/charts/core/text.ts";

const box = (left: number, right: number, top = 0, bottom = 10) => ({ left, right, top, bottom });

describe("packRows(extents, gap)", () => {
  test("puts each extent in the lowest row it does not touch", () => {
    const rows = packRows(
      [
        { start: 0, end: 10 },
        { start: 5, end: 15 },
        { start: 12, end: 20 },
        { start: 16, end: 30 },
        { start: 6, end: 9 },
      ],
      0,
    );
    expect(rows).toEqual([0, 1, 0, 1, 2]);
    expect(rowCount(rows)).toBe(3);
  });

  test("keeps the gap between neighbours in a row", () => {
    expect(packRows([{ start: 0, end: 10 }, { start: 12, end: 20 }], 2)).toEqual([0, 0]);
    expect(packRows([{ start: 0, end: 10 }, { start: 11, end: 20 }], 2)).toEqual([0, 1]);
  });

  test("no extents use no rows", () => {
    expect(packRows([])).toEqual([]);
    expect(rowCount([])).toBe(0);
  });
});

describe("besideMark(x, width, offset, min, max)", () => {
  test("goes right when it fits, else left, else inside the bounds", () => {
    expect(besideMark(10, 50, 5, 0, 100)).toEqual({ x: 15, anchor: "start", left: 15, right: 65 });
    expect(besideMark(90, 50, 5, 0, 100)).toEqual({ x: 85, anchor: "end", left: 35, right: 85 });
    const squeezed = besideMark(50, 80, 5, 0, 100);
    expect(squeezed.left).toBeGreaterThanOrEqual(0);
    expect(squeezed.right).toBeLessThanOrEqual(100);
  });
});

describe("boxesOverlap, boxInside, overlappingPairs", () => {
  test("touching boxes do not overlap unless closer than the pad", () => {
    expect(boxesOverlap(box(0, 10), box(10, 20))).toBe(false);
    expect(boxesOverlap(box(0, 10), box(9, 20))).toBe(true);
    expect(boxesOverlap(box(0, 10), box(11, 20), 2)).toBe(true);
    expect(boxesOverlap(box(0, 10, 0, 10), box(0, 10, 10, 20))).toBe(false);
  });

  test("finds every overlapping pair once", () => {
    expect(overlappingPairs([box(0, 10), box(5, 15), box(20, 30), box(25, 26)])).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(boxInside(box(1, 9, 1, 9), box(0, 10))).toBe(true);
    expect(boxInside(box(-1, 9), box(0, 10))).toBe(false);
  });
});

describe("placeLabels(candidates, obstacles, bounds)", () => {
  const bounds = box(0, 100, 0, 100);
  test("takes the first free candidate, clear of obstacles and of labels placed before", () => {
    const choice = placeLabels(
      [
        [box(0, 20), box(0, 20, 20, 30)],
        [box(10, 30), box(10, 30, 20, 30), box(10, 30, 40, 50)],
      ],
      [box(0, 20)],
      bounds,
    );
    expect(choice).toEqual([1, 2]);
  });

  test("leaves a label out (null) when every candidate is blocked or outside", () => {
    expect(placeLabels([[box(50, 60)], [box(90, 120)]], [box(40, 70)], bounds)).toEqual([null, null]);
  });
});

describe("fitLines(text, maxWidth, fontSize, maxLines, bold)", () => {
  test("wraps, and cuts what does not fit into the last line with an ellipsis", () => {
    expect(fitLines("Online Harms White Paper published", 1000, 10, 2)).toEqual(["Online Harms White Paper published"]);
    const lines = fitLines("Border Security, Asylum and Immigration Act 2025 receives Royal Assent", 120, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(120);
  });

  test("a bold single line stays within the width", () => {
    const [line = ""] = fitLines("Alleged Facebook smuggling adverts: joint UK and French operation", 200, 10, 1, true);
    expect(line).toMatch(/…$/);
    expect(textWidth(line, 10, true)).toBeLessThanOrEqual(200);
  });
});
