import { describe, expect, test } from "vitest";
import { WIDTHS } from "../../../src/lib/charts/core/definition.ts";
import { CHARTS } from "../../../src/lib/charts/registry.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import { creditData, embedPage, notesSummary } from "../../../src/lib/embed/embed-page.ts";
import { chartViewHeight, contentWidth, drawingHeight, EMBED_LAYOUT, embedHeights, type EmbedText } from "../../../src/lib/embed/layout.ts";

const TEXT: EmbedText = {
  title: "A title",
  compactHeight: 400,
  regularHeight: 300,
  sourceLine: "Source: A.",
  notesSummary: null,
  credit: ["Credit."],
  tables: [{ caption: "Rows", rows: [["a", "1"]] }],
};

describe("contentWidth(frameWidth) and drawingHeight(text, width)", () => {
  test("padding on both sides; wide frames stop growing at the maximum width", () => {
    expect(contentWidth(360)).toBe(360 - 2 * EMBED_LAYOUT.padX);
    expect(contentWidth(2000)).toBe(EMBED_LAYOUT.maxWidth - 2 * EMBED_LAYOUT.padX);
  });
  test("the compact drawing below 640px of content, the regular one from there, scaled to the width", () => {
    expect(drawingHeight(TEXT, WIDTHS.compact)).toBe(400);
    expect(drawingHeight(TEXT, 639)).toBeCloseTo((400 * 639) / 360);
    expect(drawingHeight(TEXT, 640)).toBeCloseTo((300 * 640) / 720);
    expect(drawingHeight(TEXT, 720)).toBe(300);
  });
});

describe("chartViewHeight(text, frameWidth)", () => {
  test("title, drawing and footer add up, line by line", () => {
    const L = EMBED_LAYOUT;
    const width = contentWidth(360);
    const expected = L.padTop + L.titleLine + L.titleGap + (400 * width) / 360 + L.figureGap + 2 * L.smallLine + 2 * L.smallGap + L.padBottom;
    expect(chartViewHeight(TEXT, 360)).toBeCloseTo(expected);
  });
  test("longer text never makes it shorter; the notes' summary adds a line", () => {
    const longer = { ...TEXT, title: "A much longer title that will wrap onto more than one line at a phone's width", notesSummary: "Notes (3)" };
    expect(chartViewHeight(longer, 360)).toBeGreaterThan(chartViewHeight(TEXT, 360) + EMBED_LAYOUT.titleLine + EMBED_LAYOUT.summaryLine - 1);
  });
});

describe("embedHeights(text)", () => {
  test("round up to 10px; the fixed height fits the chart view at 360px with room to spare; the table's is capped", () => {
    const h = embedHeights(TEXT);
    for (const v of [h.chart.initial, h.chart.fixed, h.table.initial, h.table.fixed]) expect(v % 10).toBe(0);
    expect(h.chart.fixed).toBeGreaterThanOrEqual(chartViewHeight(TEXT, 360) + 12);
    const long = embedHeights({ ...TEXT, tables: [{ caption: "Rows", rows: Array.from({ length: 200 }, () => ["a", "1"]) }] });
    expect(long.table.fixed).toBe(720);
    expect(long.table.initial).toBe(1200);
  });
});

describe("embedPage(chart, data, at, current)", () => {
  const data = loadFromDisk().datasets;
  const chart = CHARTS[0];
  if (!chart) throw new Error("no charts");
  test("the chart's own title, drawings, source line, notes and tables; a credit naming the data version", () => {
    const page = embedPage(chart, data, { version: "live", collection: "1.0.0", date: "2026-11-21" }, data);
    expect(page.title).toBe(chart.title);
    expect(page.compact.width).toBe(WIDTHS.compact);
    expect(page.regular.width).toBe(WIDTHS.regular);
    expect(page.notes).toEqual(chart.notes(data));
    expect(page.chartHref).toBe(`/charts/${chart.id}/`);
    expect(page.creditData).toBe("Data: latest release, version 1.0.0 of 21 November 2026.");
    expect(page.tables.flatMap((t) => t.rowLinks).every((href) => /^\/data\/[a-z_]+\/#[a-z0-9-]+$/.test(href))).toBe(true);
  });
  test("a pinned page links rows and sources that no longer exist to their pages, not to missing anchors", () => {
    const live = embedPage(chart, data, { version: "live", collection: "1.0.0", date: "2026-11-21" }, data);
    const drawn = live.tables.find((t) => t.dataset === "takedowns")?.rows[0];
    if (!drawn) throw new Error(`${chart.id} draws no takedowns`);
    const current = { ...data, takedowns: data.takedowns.filter((t) => t.id !== drawn.id), sources: data.sources.filter((s) => s.id !== drawn.source_id) };
    const page = embedPage(chart, data, { version: "1.0.0", collection: "1.0.0", date: "2026-11-21" }, current);
    const table = page.tables.find((t) => t.dataset === "takedowns");
    expect(table?.rowLinks[0]).toBe("/data/takedowns/");
    expect(table?.sourceLinks[0]?.href).toBe("/sources/");
    expect(table?.rowLinks[1]).toMatch(/^\/data\/takedowns\/#/);
  });
  test("creditData and notesSummary", () => {
    expect(creditData({ version: "1.2.0", collection: "1.2.0", date: "2027-01-05" })).toBe("Data: version 1.2.0 of 5 January 2027, pinned.");
    expect(notesSummary(1)).toBe("A note on these figures");
    expect(notesSummary(4)).toBe("Notes on these figures (4)");
  });
});
