/** The chart download helpers: file names, CSV of the rows drawn, the "data as of" date, the standalone SVG and its PNG. */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { sourceLine, sourcesOf, type ChartDefinition } from "../../../src/lib/charts/core/definition.ts";
import {
  byteLength,
  chartDownloads,
  chartImageSvg,
  chartUrl,
  csvFileName,
  dataAsOf,
  downloadBody,
  downloadPath,
  drawnCsv,
} from "../../../src/lib/charts/downloads.ts";
import { formatBytes } from "../../../src/lib/format/bytes.ts";
import { SITE_NAME } from "../../../src/lib/identity/site.ts";
import { chartFontFiles, svgToPng } from "../../../src/lib/charts/downloads-png.ts";
import { CHARTS } from "../../../src/lib/charts/registry.ts";
import { parseCsv } from "../../../src/lib/data/csv.ts";
import { SCHEMAS } from "../../../src/lib/data/schemas.ts";
import { cellText } from "../../../src/lib/data/serialize.ts";
import { BYTE_ORDER_MARK, safeCells, unsafeText } from "../../../src/lib/data/spreadsheet-safe.ts";
import { hostileDatasets, PAYLOADS } from "../../hostile/payloads.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import { chartPage } from "../../../src/lib/site/chart-page.ts";

const { datasets } = loadFromDisk(join(import.meta.dirname, "../../fixtures/data/charts"));
const SITE = "https://takedown-explorer.example";
const ROOT = join(import.meta.dirname, "../../..");

/** The text of an SVG's <text>/<tspan> lines, unescaped and joined with spaces (wrapped lines break at spaces). */
function svgText(svg: string): string {
  const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  return [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => unescape(m[1] ?? "")).join(" ");
}

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("csvFileName(chartId, dataset)", () => {
  test.each([
    ["removals-vs-arrivals", "arrivals", "removals-vs-arrivals-arrivals.csv"],
    ["x", "irregular_arrivals", "x-irregular-arrivals.csv"],
    ["case-timelines", "case_steps", "case-timelines-case-steps.csv"],
  ] as const)("(%s, %s) -> %s", (id, dataset, expected) => {
    expect(csvFileName(id, dataset)).toBe(expected);
  });
});

describe("dataAsOf(sources)", () => {
  test.each([
    [["2024-07-25", "2025-01", "2023"], "January 2025"],
    // A bare year can mean its last day, so it is later than any day in it.
    [["2024-06-30", "2024"], "2024"],
    [["2024-12-31", "2024-12"], "31 December 2024"],
    [[null, "2021-12", null], "December 2021"],
    [[null], "no publication date given"],
    [[], "no publication date given"],
  ] as const)("%j -> %s", (dates, expected) => {
    expect(dataAsOf(dates.map((published) => ({ published })))).toBe(expected);
  });
});

describe("byteLength(body)", () => {
  test("counts UTF-8 bytes of text and the length of binary bodies", () => {
    expect(byteLength("£1")).toBe(3);
    expect(byteLength(new Uint8Array(7))).toBe(7);
  });
});

describe("chartUrl(chartId, site)", () => {
  test("is absolute when the site's address is known, a path otherwise", () => {
    expect(chartUrl("a-b", SITE)).toBe("https://takedown-explorer.example/charts/a-b/");
    expect(chartUrl("a-b", undefined)).toBe("/charts/a-b/");
  });
});

describe.each(CHARTS.map((c) => [c.id, c] as const))("downloads of chart %s", (_id, chart) => {
  const downloads = chartDownloads(chart, datasets);
  const drawn = chart.rows(datasets);

  test("chartDownloads lists one CSV per dataset drawn, then the SVG and the PNG, under stable names", () => {
    expect(downloads.map((d) => d.file)).toEqual([...drawn.map((d) => csvFileName(chart.id, d.dataset)), `${chart.id}.svg`, `${chart.id}.png`]);
    expect(downloads.map((d) => d.kind)).toEqual([...drawn.map(() => "csv"), "svg", "png"]);
    for (const d of downloads) {
      expect(d.file).toMatch(/^[a-z0-9-]+\.(csv|svg|png)$/);
      expect(downloadPath(d)).toBe(`/charts/${chart.id}/${d.file}`);
    }
  });

  test.each(drawn.map((d) => [d.dataset, d] as const))("drawnCsv holds exactly the %s rows drawn, with the dataset's columns and spreadsheet-safe cells", (dataset, d) => {
    const schema = SCHEMAS.find((s) => s.name === dataset);
    if (!schema) throw new Error(dataset);
    const csv = drawnCsv(d, datasets);
    expect(csv.startsWith(BYTE_ORDER_MARK)).toBe(true);
    const parsed = parseCsv(csv.slice(BYTE_ORDER_MARK.length));
    expect(parsed.problems).toEqual([]);
    const [header, ...records] = parsed.records.map((r) => r.cells.map((c) => c.value));
    expect(header).toEqual(schema.fields.map((f) => f.name));
    expect(records.map((r) => r[0])).toEqual(d.rows.map((r) => r.id));
    const byId = new Map((datasets[dataset] as readonly Record<string, unknown>[]).map((r) => [r["id"], r]));
    for (const record of records) {
      const row = byId.get(record[0]);
      expect(record).toEqual(safeCells(schema.fields, schema.fields.map((f) => cellText(row?.[f.name]))));
    }
  });

  test("chartImageSvg carries the title, source line, notes, data date, site name and address", () => {
    const svg = chartImageSvg(chart, datasets, SITE);
    const text = svgText(svg);
    const sources = sourcesOf(drawn, datasets.sources);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain(chart.title);
    expect(text).toContain(sourceLine(sources));
    for (const note of chart.notes(datasets)) expect(text).toContain(`Note: ${note}`);
    expect(text).toContain(`${SITE_NAME} · ${SITE}/charts/${chart.id}/ · data as of ${dataAsOf(sources)}`);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    // Reproducible: the same data gives the same bytes (no build time inside).
    expect(chartImageSvg(chart, datasets, SITE)).toBe(svg);
  });

  test("downloadBody serves the CSV text, the SVG text and the rasterised SVG", () => {
    const seen: string[] = [];
    const fakePng = (svg: string) => {
      seen.push(svg);
      return new Uint8Array([1, 2, 3]);
    };
    for (const d of downloads) {
      const body = downloadBody(d, chart, datasets, SITE, fakePng);
      if (d.kind === "csv") expect(body).toBe(drawnCsv(drawn.find((x) => x.dataset === d.dataset) ?? drawn[0]!, datasets));
      if (d.kind === "svg") expect(body).toBe(chartImageSvg(chart, datasets, SITE));
      if (d.kind === "png") expect(body).toEqual(new Uint8Array([1, 2, 3]));
    }
    expect(seen).toEqual([chartImageSvg(chart, datasets, SITE)]);
  });

  test("chartPage lists each download with the size of the bytes served, and a source link per table row", () => {
    const fakePng = () => new Uint8Array(2048);
    const page = chartPage(chart, datasets, SITE, fakePng);
    expect(page.downloads.map((d) => d.file)).toEqual(downloads.map((d) => d.file));
    for (const d of page.downloads) {
      expect(d.bytes).toBe(byteLength(downloadBody(d, chart, datasets, SITE, fakePng)));
      expect(d.size).toBe(formatBytes(d.bytes));
    }
    for (const table of page.tables) {
      expect(table.sourceLinks.map((l) => l.href)).toEqual(table.rows.map((r) => `/sources/#${r.source_id}`));
      // A copy names whose release it reproduces beside the link (the tables have no second source column for it).
      const reproduces = new Map(datasets.sources.map((s) => [s.id, s.reproduces]));
      expect(table.sourceLinks.map((l) => l.reproduces)).toEqual(table.rows.map((r) => reproduces.get(r.source_id)));
      expect(table.columns.map((c) => c.label)).not.toContain("Source");
    }
    expect(page.sources.map((s) => s.id)).toEqual(sourcesOf(drawn, datasets.sources).map((s) => s.id));
  });
});

describe("drawnCsv(drawn, data)", () => {
  test("refuses a drawn row that is not in the dataset", () => {
    expect(() => drawnCsv({ dataset: "arrivals", rows: [{ id: "no-such-row", source_id: "x" }] }, datasets)).toThrow(/no-such-row/);
  });

  test("neutralises formula-like text in hostile cells, as the dataset's spreadsheet-safe file does, and round-trips", () => {
    const hostile = hostileDatasets(datasets);
    const risky = PAYLOADS.filter((p) => /^[=+\-@]/.test(p));
    expect(risky.length).toBeGreaterThanOrEqual(4); // =HYPERLINK, +, -, @ all reach the test
    const seen = new Set<string>();
    for (const d of CHARTS.flatMap((c) => c.rows(hostile))) {
      const schema = SCHEMAS.find((s) => s.name === d.dataset);
      if (!schema) throw new Error(d.dataset);
      const records = parseCsv(drawnCsv(d, hostile).slice(BYTE_ORDER_MARK.length)).records.slice(1);
      const byId = new Map((hostile[d.dataset] as readonly Record<string, unknown>[]).map((r) => [r["id"], r]));
      for (const record of records) {
        const row = byId.get(record.cells[0]?.value);
        schema.fields.forEach((field, i) => {
          const served = record.cells[i]?.value ?? "";
          const canonical = cellText(row?.[field.name]);
          // No served text cell starts like a formula; one leading ' removed gives back the dataset's value.
          if (field.type !== "integer" && field.type !== "number") {
            expect(served).not.toMatch(/^[=+\-@\t\r\n]/);
            expect(unsafeText(served)).toBe(canonical);
          } else expect(served).toBe(canonical);
          for (const p of risky) if (canonical.startsWith(p)) seen.add(p);
        });
      }
    }
    expect(seen.size).toBeGreaterThan(0);
  });
});

describe("chartImageSvg with hostile text", () => {
  test("escapes a title and notes that look like markup", () => {
    const base = CHARTS[0] as ChartDefinition;
    const hostile: ChartDefinition = { ...base, title: `<script>alert("t")</script> & co`, notes: () => [`</text><a href="javascript:x">`] };
    const svg = chartImageSvg(hostile, datasets, SITE);
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<a ");
    expect(svgText(svg)).toContain(`<script>alert("t")</script> & co`);
  });
});

describe("svgToPng(svg, fontFiles)", () => {
  test("makes a PNG at twice the SVG's size, the same bytes each time", () => {
    const chart = CHARTS[0] as ChartDefinition;
    const svg = chartImageSvg(chart, datasets, SITE);
    const fonts = chartFontFiles(ROOT);
    const png = svgToPng(svg, fonts);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);
    const size = pngSize(png);
    expect(size.width).toBe(Math.round(width * 2));
    expect(Math.abs(size.height - height * 2)).toBeLessThanOrEqual(1);
    // A fresh string (not the cached one) renders to the same bytes.
    expect(svgToPng(`${svg} `, fonts)).toEqual(png);
    // Rasterising twice takes a few seconds on a loaded 2-core machine: allow for it (no timing is asserted).
  }, 60_000);
});
