import { scaleLinear } from "d3";
import { describe, expect, test } from "vitest";
import { countTicks, valueAxis, type Tick } from "../../../src/lib/charts/core/axes.ts";
import { walk } from "../../../src/lib/charts/core/svg-tree.ts";
import { halfYearDomain } from "../../../src/lib/charts/core/time-axis.ts";

describe("countTicks(scale, compact)", () => {
  const scale = scaleLinear().domain([0, 12_000]).range([100, 0]);
  test.each([
    [true, ["0", "5k", "10k"]],
    [false, ["0", "2,000", "4,000", "6,000", "8,000", "10,000", "12,000"]],
  ])("compact %s -> %j", (compact, labels) => {
    expect(countTicks(scale, compact).map((t) => t.label)).toEqual(labels);
  });
});

describe("valueAxis(ticks, style)", () => {
  const ticks: Tick[] = [
    { value: 0, pos: 100, label: "0" },
    { value: 500, pos: 50.123, label: "500" },
  ];
  const style = { left: 40, right: 300, fontSize: 12, labelGap: 4 } as const;
  test.each([
    // zero, tick index, the class of its gridline (null: none drawn), label x, label y
    ["axis", 0, "chart-axis", 36, 104],
    ["axis", 1, "chart-grid", 36, 54.12],
    ["none", 0, null, 36, 104],
    ["none", 1, "chart-grid", 36, 54.12],
  ] as const)("zero %s, tick %d -> line %s, label at (%d, %d)", (zero, index, lineClass, x, y) => {
    const group = valueAxis(ticks, { ...style, zero })[index]!;
    const els = walk(group);
    const line = els.find((e) => e.tag === "line");
    expect(line ? line.attrs.class : null).toBe(lineClass);
    if (line) expect([line.attrs.x1, line.attrs.x2, line.attrs.y1]).toEqual([40, 300, ticks[index]!.pos === 100 ? 100 : 50.12]);
    const text = els.find((e) => e.tag === "text")!;
    expect([text.attrs.x, text.attrs.y, text.attrs["text-anchor"], text.children]).toEqual([x, y, "end", [ticks[index]!.label]]);
  });

  test("each tick is one group with the given class", () => {
    expect(valueAxis(ticks, { ...style, zero: "axis" }).map((g) => typeof g !== "string" && g.attrs.class)).toEqual(["tick", "tick"]);
    expect(valueAxis(ticks, { ...style, zero: "none", tickClass: "tick y-tick" }).map((g) => typeof g !== "string" && g.attrs.class)).toEqual(["tick y-tick", "tick y-tick"]);
  });
});

describe("halfYearDomain(dates)", () => {
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  test.each([
    // dates, domain: 60 days before the first and 45 after the last, rounded out to 1 January or 1 July
    [["2024-03-10"], "2024-01-01", "2024-07-01"],
    [["2024-03-01"], "2024-01-01", "2024-07-01"],
    [["2024-03-02"], "2024-01-01", "2024-07-01"],
    [["2024-02-29"], "2023-07-01", "2024-07-01"],
    [["2025-06-01", "2023-11-15"], "2023-07-01", "2026-01-01"],
    [["2024-05-17"], "2024-01-01", "2024-07-01"],
    [["2024-05-18"], "2024-01-01", "2025-01-01"],
  ])("%j -> %s to %s", (dates, start, end) => {
    expect(halfYearDomain(dates.map(d)).map((x) => x.toISOString().slice(0, 10))).toEqual([start, end]);
  });

  test("no dates is an error, not an empty axis", () => {
    expect(() => halfYearDomain([])).toThrow(/no dates/);
  });
});
