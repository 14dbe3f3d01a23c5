import { describe, expect, test } from "vitest";
import { el, walk } from "../../../src/lib/charts/core/svg-tree.ts";
import { datedMark, precisionNote, precisionOf, spanOf, timeAxis, timeDomain, timeScale, yearStep } from "../../../src/lib/charts/core/time-axis.ts";
import { placedTexts } from "./layout.ts";

describe("precisionOf(partial) and precisionNote(partial)", () => {
  test.each([
    ["2019", "year", "only the year is known"],
    ["2023-04", "month", "only the month is known"],
    ["2024-11-08", "day", ""],
  ] as const)("%s -> %s", (date, precision, note) => {
    expect(precisionOf(date)).toBe(precision);
    expect(precisionNote(date)).toBe(note);
  });
});

describe("spanOf(start, end)", () => {
  test("a month covers the whole month, its middle in the middle", () => {
    const s = spanOf("2024-02");
    expect(s.start.toISOString()).toBe("2024-02-01T00:00:00.000Z");
    expect(s.end.toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(s.mid.toISOString()).toBe("2024-02-15T12:00:00.000Z");
    expect(s.day).toBe(false);
  });

  test("a day is a day; a period runs from the start of one date to the end of the other", () => {
    expect(spanOf("2024-11-08").day).toBe(true);
    const p = spanOf("2025-02", "2025-03");
    expect([p.start.toISOString(), p.end.toISOString()]).toEqual(["2025-02-01T00:00:00.000Z", "2025-04-01T00:00:00.000Z"]);
  });
});

describe("timeDomain(spans, pad) and yearStep(scale, fontSize)", () => {
  test("starts on 1 January of the first year and pads the end", () => {
    const [a, b] = timeDomain([spanOf("2019-03"), spanOf("2025-01-27")], 0);
    expect(a.toISOString()).toBe("2019-01-01T00:00:00.000Z");
    expect(b.toISOString()).toBe("2025-01-28T00:00:00.000Z");
    expect(() => timeDomain([])).toThrow(/no dates/);
  });

  test("fewer year labels when narrow", () => {
    const domain = timeDomain([spanOf("2016"), spanOf("2026")], 0);
    expect(yearStep(timeScale(domain, 0, 700), 10)).toBe(1);
    expect(yearStep(timeScale(domain, 0, 330), 10)).toBe(2);
  });
});

describe("timeAxis(scale, options)", () => {
  test("year labels stay inside the chart, and can be turned off", () => {
    const x = timeScale(timeDomain([spanOf("2019"), spanOf("2025-01")], 0), 0, 300);
    const labelled = placedTexts(el("g", {}, ...timeAxis(x, { top: 0, y: 50, fontSize: 10, width: 300 })));
    expect(labelled.length).toBeGreaterThan(2);
    for (const t of labelled) {
      expect(t.left).toBeGreaterThanOrEqual(0);
      expect(t.right).toBeLessThanOrEqual(300);
    }
    expect(placedTexts(el("g", {}, ...timeAxis(x, { top: 0, y: 50, fontSize: 10, width: 300, labels: false })))).toEqual([]);
  });
});

describe("datedMark(span, scale, y, shape, className)", () => {
  const x = timeScale([new Date("2024-01-01T00:00:00Z"), new Date("2025-01-01T00:00:00Z")], 0, 366);
  const classes = (nodes: ReturnType<typeof datedMark>) => walk(el("g", {}, ...nodes)).map((e) => String(e.attrs["class"] ?? ""));

  test("a day is one filled mark, no span", () => {
    const nodes = datedMark(spanOf("2024-05-05"), x, 10, "circle", "series-1");
    expect(nodes).toHaveLength(1);
    expect(classes(nodes).join(" ")).toMatch(/mark-filled/);
  });

  test("a month is an open mark at mid-month on a bar across the month", () => {
    const nodes = datedMark(spanOf("2024-04"), x, 10, "square", "series-2");
    const all = walk(el("g", {}, ...nodes));
    const bar = all.find((e) => e.tag === "line" && e.attrs["y1"] === e.attrs["y2"]);
    expect([bar?.attrs["x1"], bar?.attrs["x2"]]).toEqual([91, 121]);
    expect(classes(nodes).join(" ")).toMatch(/mark-open/);
    expect(String(all.find((e) => e.tag === "path")?.attrs["transform"])).toBe("translate(106,10)");
  });
});
