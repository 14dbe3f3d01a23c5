/** Rules every chart in the registry must keep, at every width. */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { chartFontSize, LEAD_NOTES, splitNotes, WIDTHS } from "../../../src/lib/charts/core/definition.ts";
import { pageSvg } from "../../../src/lib/charts/core/frame.ts";
import { renderSvg, walk, type SvgNode } from "../../../src/lib/charts/core/svg-tree.ts";
import { CHARTS } from "../../../src/lib/charts/registry.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import { placedTexts } from "./layout.ts";

const { datasets } = loadFromDisk(join(import.meta.dirname, "../../fixtures/data/charts"));

test("chart ids are unique URL slugs", () => {
  const ids = CHARTS.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
});

describe.each(CHARTS.map((c) => [c.id, c] as const))("chart %s", (_id, chart) => {
  test("draws only rows that exist, and tables show exactly the rows drawn", () => {
    const drawn = chart.rows(datasets);
    expect(drawn.length).toBeGreaterThan(0);
    for (const { dataset, rows } of drawn) {
      const ids = new Set((datasets[dataset] as readonly { id: string }[]).map((r) => r.id));
      for (const r of rows) expect(ids.has(r.id), `${dataset}/${r.id}`).toBe(true);
    }
    const tabled = chart.tables(datasets).map((t) => ({ dataset: t.dataset, ids: t.rows.map((r) => r.id) }));
    expect(tabled).toEqual(drawn.map((d) => ({ dataset: d.dataset, ids: d.rows.map((r) => r.id) })));
  });

  test.each(Object.entries(WIDTHS))("at the %s width, every label stays inside the chart", (_name, width) => {
    const model = chart.build(datasets, width);
    expect(model.width).toBe(width);
    const outside = placedTexts(pageSvg(model, chart.title, "t"))
      .filter((t) => t.left < -0.5 || t.right > width + 0.5 || t.top < -0.5 || t.bottom > model.height + 0.5)
      .map((t) => `${JSON.stringify(t.text)} [${Math.round(t.left)}, ${Math.round(t.right)}] x [${Math.round(t.top)}, ${Math.round(t.bottom)}]`);
    expect(outside).toEqual([]);
  });

  test.each(Object.entries(WIDTHS))("at the %s width, it has a title, a data-driven description and finite geometry", (_name, width) => {
    const model = chart.build(datasets, width);
    expect(model.description.length).toBeGreaterThan(40);
    const svg = renderSvg(pageSvg(model, chart.title, "t"));
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    expect(walk(pageSvg(model, chart.title, "t")).filter((e) => e.tag === "title")).toHaveLength(1);
  });

  test("has a summary sentence", () => {
    expect(chart.summary.length).toBeGreaterThan(20);
    expect(chart.summary).toMatch(/^[A-Z].*\.$/);
  });

  // Notes are printed under the chart and baked into its downloads, so each must read as finished prose.
  test("has notes: distinct, complete sentences with no unfilled values", () => {
    const notes = chart.notes(datasets);
    expect(notes.length).toBeGreaterThan(0);
    expect(new Set(notes).size).toBe(notes.length);
    for (const note of notes) {
      expect(note, "starts with a capital and ends with a full stop").toMatch(/^[A-Z].*\.$/s);
      expect(note, "no stray whitespace").toBe(note.trim().replace(/\s{2,}/g, " "));
      expect(note, "no value left unfilled").not.toMatch(/undefined|NaN|null|\[object|Infinity|\$\{/);
      expect(note.length, "short enough to read under a chart").toBeLessThan(1200);
    }
  });

  test("shows the note that explains its qualifier shapes before the fold, where it has one", () => {
    const notes = chart.notes(datasets);
    const shapes = notes.findIndex((n) => /^A filled (mark|bar) is an exact/.test(n));
    if (shapes >= 0) expect(shapes).toBeLessThan(LEAD_NOTES);
  });
});

describe("splitNotes(notes)", () => {
  test.each([
    [[], [], []],
    [["A."], ["A."], []],
    [["A.", "B."], ["A.", "B."], []],
    [["A.", "B.", "C.", "D."], ["A.", "B."], ["C.", "D."]],
  ])("%j -> lead %j, more %j", (notes, lead, more) => {
    expect(splitNotes(notes)).toEqual({ lead, more });
  });
});

describe.each(CHARTS.map((c) => [c.id, c] as const))("chart %s text size", (_id, chart) => {
  test.each(Object.entries(WIDTHS))("at the %s width, every text is at least chartFontSize(width)", (_name, width) => {
    const min = chartFontSize(width);
    const small: string[] = [];
    const visit = (node: SvgNode): void => {
      if (typeof node === "string") return;
      if (node.tag === "text") {
        const size = Number(node.attrs["font-size"]);
        if (!(size >= min)) small.push(`${JSON.stringify(textOf(node))}: ${String(node.attrs["font-size"])}`);
      }
      node.children.forEach(visit);
    };
    chart.build(datasets, width).plot.forEach(visit);
    expect(small).toEqual([]);
  });
});

const textOf = (node: SvgNode): string => (typeof node === "string" ? node : node.children.map(textOf).join(""));
