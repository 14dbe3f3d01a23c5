/**
 * Removals beside arrivals on the frozen fixture data: units keep the colour every chart gives them, arrivals take
 * the neutral arrivals colour, and a lower bound is drawn unlike an approximate value (issue 11).
 */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { WIDTHS } from "../../../src/lib/charts/core/definition.ts";
import { ARRIVALS_CLASS, UNIT_CLASS } from "../../../src/lib/charts/core/roles.ts";
import { walk, type SvgElement } from "../../../src/lib/charts/core/svg-tree.ts";
import { buildRemovalsVsArrivals } from "../../../src/lib/charts/removals-vs-arrivals/draw.ts";
import { buildTakedownsOverTime } from "../../../src/lib/charts/takedowns-over-time/index.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import { classOf, datums } from "./svg-query.ts";

const { datasets } = loadFromDisk(join(import.meta.dirname, "../../fixtures/data/charts"));
const SERIES = /^series-\d$/;

/** The series class of a datum's bar (`rect` that is not a hit area). */
function barSeries(g: SvgElement): string | undefined {
  const bar = walk(g).find((e) => e.tag === "rect" && !classOf(e).includes("hit"));
  return bar ? classOf(bar).find((c) => SERIES.test(c)) : undefined;
}

describe.each(Object.entries(WIDTHS))("removals-vs-arrivals at the %s width", (_name, width) => {
  const model = buildRemovalsVsArrivals(datasets, width);
  const byId = datums(model);
  const removals = datasets.takedowns.filter((t) => byId.has(t.id));

  test("every removals bar takes its unit's colour, and every arrivals bar the arrivals colour", () => {
    expect(removals.map((r) => r.id)).toEqual(["nca-2023-year", "nca-2024-year", "nca-2025-year"]);
    for (const r of removals) expect(barSeries(byId.get(r.id) as SvgElement), r.id).toBe(UNIT_CLASS[r.unit]);
    for (const a of datasets.arrivals) expect(barSeries(byId.get(a.id) as SvgElement), a.id).toBe(ARRIVALS_CLASS);
  });

  test("an exact figure is a filled bar with no cap; approximate is topped by an open circle, a lower bound by an open triangle", () => {
    const cap = (id: string) => walk(byId.get(id) as SvgElement).find((e) => e.tag === "path" && classOf(e).includes("mark"));
    const bar = (id: string) => walk(byId.get(id) as SvgElement).find((e) => e.tag === "rect" && !classOf(e).includes("hit"));
    expect(cap("nca-2023-year")).toBeUndefined();
    expect(classOf(bar("nca-2023-year") as SvgElement)).toContain("mark-filled");
    expect(classOf(cap("nca-2025-year") as SvgElement)).toEqual(expect.arrayContaining(["mark-approximate", "mark-open", UNIT_CLASS["posts-pages-accounts"]]));
    expect(classOf(cap("nca-2024-year") as SvgElement)).toEqual(expect.arrayContaining(["mark-lower-bound", "mark-open", UNIT_CLASS.accounts]));
  });

  test("labels say the figure with its qualifier symbol, and no one-letter unit codes remain", () => {
    const texts = walk({ tag: "g", attrs: {}, children: model.plot } as SvgElement)
      .filter((e) => e.tag === "text" || e.tag === "tspan")
      .flatMap((e) => e.children.filter((c): c is string => typeof c === "string"));
    // Checked by hand against tests/fixtures/data/charts/takedowns.csv: 5,600 exact, more than 8,000, almost 10,700.
    expect(texts).toEqual(expect.arrayContaining(["5,600", ">8,000", "≈10,700"]));
    expect(texts.some((t) => /^(A|P)$/.test(t.trim()) || t.startsWith("Units:"))).toBe(false);
  });
});

test("a unit has the same colour here as in the takedowns chart", () => {
  const takedowns = datums(buildTakedownsOverTime(datasets, WIDTHS.regular));
  const here = datums(buildRemovalsVsArrivals(datasets, WIDTHS.regular));
  const seriesIn = (g: SvgElement) => walk(g).flatMap(classOf).find((c) => SERIES.test(c));
  let compared = 0;
  for (const row of datasets.takedowns) {
    const a = takedowns.get(row.id);
    const b = here.get(row.id);
    if (!a || !b) continue;
    expect(seriesIn(b), row.id).toBe(seriesIn(a));
    compared += 1;
  }
  expect(compared).toBe(3);
});
