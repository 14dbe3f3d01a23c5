import { describe, expect, test } from "vitest";
import { besideMark, extentsOverlap, fitLines, packRows, rowCount } from "../../../src/lib/charts/core/label-layout.ts";
import { textWidth } from "../../../src/lib/charts/core/text.ts";


describe("extentsOverlap(a, b, gap)", () => {
  test.each([
    [{ start: 0, end: 10 }, { start: 5, end: 15 }, 0, true],
    [{ start: 0, end: 10 }, { start: 10, end: 20 }, 0, false],
    [{ start: 0, end: 10 }, { start: 11, end: 20 }, 2, true],
    [{ start: 0, end: 10 }, { start: 12, end: 20 }, 2, false],
    [{ start: 5, end: 6 }, { start: 0, end: 20 }, 0, true],
    [{ start: 30, end: 40 }, { start: 0, end: 20 }, 0, false],
  ])("%j and %j, gap %d -> %s", (a, b, gap, expected) => {
    expect(extentsOverlap(a, b, gap)).toBe(expected);
    expect(extentsOverlap(b, a, gap)).toBe(expected);
  });
});

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
