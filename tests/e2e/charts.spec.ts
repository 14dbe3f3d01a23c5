/**
 * The chart pages: /charts/ lists every chart; each /charts/<id>/ works without
 * JavaScript (chart and tables as sections), has keyboard tabs with the view in
 * the URL, downloads that match the table and carry their credits, tooltips by
 * pointer and keyboard, and no axe violations in any state.
 */
import { readFileSync } from "node:fs";
import { axeViolations } from "./axe.ts";
import { withoutJs } from "./no-js.ts";
import { expect, test, type Page } from "@playwright/test";
import { sourceLine, sourcesOf, splitNotes } from "../../src/lib/charts/core/definition.ts";
import { chartDownloads, dataAsOf } from "../../src/lib/charts/downloads.ts";
import { SITE_NAME } from "../../src/lib/identity/site.ts";
import { CHARTS } from "../../src/lib/charts/registry.ts";
import { parseCsv } from "../../src/lib/data/csv.ts";
import { SCHEMAS } from "../../src/lib/data/schemas.ts";
import { cellText } from "../../src/lib/data/serialize.ts";
import { safeCells } from "../../src/lib/data/spreadsheet-safe.ts";
import { loadFromDisk } from "../../src/lib/data/site-data.ts";
import { figureFirst } from "../../src/lib/site/table-order.ts";

const VIEWS = ["chart", "table", "sources", "download", "embed"] as const;
const { datasets } = loadFromDisk();


/** Text of an SVG's lines, unescaped by the DOM parser, joined with spaces (wrapped lines break at spaces). */
async function svgLines(page: Page, svg: string): Promise<string> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return [...doc.querySelectorAll("tspan")].map((t) => t.textContent ?? "").join(" ");
  }, svg);
}

test("/charts/ shows every chart as a small SVG with its title linking to its page", async ({ page }) => {
  await page.goto("/charts/");
  const items = page.locator(".chart-index > li");
  await expect(items).toHaveCount(CHARTS.length);
  for (const [i, chart] of CHARTS.entries()) {
    const item = items.nth(i);
    await expect(item.locator(`h2 a[href="/charts/${chart.id}/"]`)).toHaveText(chart.title);
    const svg = item.locator("svg[role='img']");
    await expect(svg).toBeVisible();
    await expect(svg.locator("title")).toHaveText(chart.title);
    await expect(item).toContainText(chart.summary);
  }
});

for (const chart of CHARTS) {
  const path = `/charts/${chart.id}/`;
  const tables = chart.tables(datasets).map(figureFirst);
  const downloads = chartDownloads(chart, datasets);

  test.describe(`chart page ${path}`, () => {
    test("without JavaScript shows the chart, then every drawn row in the tables, as sections", async ({ browser }) => {
      await withoutJs(browser, async (page) => {
        await page.goto(path);
        await expect(page.locator("[role='tablist']")).toHaveCount(0);
        await expect(page.locator(".chart-views h2")).toHaveText(["Chart", "Table", "Sources", "Download", "Embed"]);
        const svg = page.locator("#view-chart svg[role='img']:visible");
        await expect(svg).toHaveCount(1);
        await expect(svg.locator("title")).toHaveText(chart.title);
        await expect(svg.locator("desc")).not.toBeEmpty();
        await expect(page.locator("#view-chart figcaption")).toContainText(sourceLine(sourcesOf(chart.rows(datasets), datasets.sources)));

        const shown = page.locator("#view-table table");
        await expect(shown).toHaveCount(tables.length);
        for (const [i, table] of tables.entries()) {
          const html = shown.nth(i);
          await expect(html).toBeVisible();
          await expect(html.locator("caption")).toHaveText(table.caption);
          await expect(html.locator("thead th")).toHaveText([...table.columns.map((c) => c.label), "Source", "Row id"]);
          const rows = await html.locator("tbody tr").evaluateAll((trs) =>
            trs.map((tr) => ({
              id: tr.getAttribute("data-row-id"),
              cells: [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim()),
              source: tr.querySelector("a")?.getAttribute("href"),
            })),
          );
          expect(rows).toEqual(
            table.rows.map((row) => ({
              id: row.id,
              cells: [...row.cells.map((c) => c.replace(/\s+/g, " ").trim()), expect.stringMatching(/\S/), row.id],
              source: `/sources/#${row.source_id}`,
            })),
          );
        }
        await expect(page.locator("#view-sources a[href^='/sources/#']")).toHaveCount(sourcesOf(chart.rows(datasets), datasets.sources).length);
        await expect(page.locator("#view-download a[download]")).toHaveCount(downloads.length);
      });
    });

    test("without its scripts (no tabs) has no axe violations", async ({ page }) => {
      test.slow(); // axe-core checks every SVG label's contrast
      // axe-core cannot run in a context with JavaScript disabled, so the page's own scripts are blocked by a CSP instead.
      await page.route(`**${path}`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": "script-src 'none'" } });
      });
      await page.goto(path);
      await expect(page.locator(".chart-views h2").first()).toBeVisible();
      await expect(page.locator("[role='tablist']")).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
    });

    test("tabs follow the WAI-ARIA pattern by keyboard and keep the view in the URL", async ({ page }) => {
      await page.goto(path);
      const tabs = page.locator("[role='tablist'] [role='tab']");
      await expect(tabs).toHaveText(["Chart", "Table", "Sources", "Download", "Embed"]);
      // Tab from the top of the page reaches the selected tab (the only tab in the tab order).
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        if ((await page.evaluate(() => document.activeElement?.getAttribute("role"))) === "tab") break;
      }
      const expectOpen = async (view: (typeof VIEWS)[number]) => {
        const tab = page.locator(`#view-${view}-tab`);
        await expect(tab).toBeFocused();
        await expect(tab).toHaveAttribute("aria-selected", "true");
        await expect(tab).toHaveAttribute("tabindex", "0");
        await expect(page.locator("[role='tab'][aria-selected='true']")).toHaveCount(1);
        await expect(page.locator(`#view-${view}`)).toBeVisible();
        await expect(page.locator(`#view-${view}`)).toHaveAttribute("aria-labelledby", `view-${view}-tab`);
        for (const other of VIEWS.filter((v) => v !== view)) await expect(page.locator(`#view-${other}`)).toBeHidden();
        expect(new URL(page.url()).searchParams.get("view")).toBe(view === "chart" ? null : view);
      };
      await expectOpen("chart");
      await page.keyboard.press("ArrowRight");
      await expectOpen("table");
      await page.keyboard.press("ArrowRight");
      await expectOpen("sources");
      await page.keyboard.press("ArrowLeft");
      await expectOpen("table");
      await page.keyboard.press("End");
      await expectOpen("embed");
      await page.keyboard.press("ArrowLeft");
      await expectOpen("download");
      await page.keyboard.press("End");
      await page.keyboard.press("ArrowRight");
      await expectOpen("chart");
      await page.keyboard.press("ArrowLeft");
      await expectOpen("embed");
      await page.keyboard.press("Home");
      await expectOpen("chart");
      // Tab leaves the tablist for the open panel.
      await page.keyboard.press("Tab");
      await expect(page.locator("#view-chart")).toBeFocused();
    });

    test("?view=table opens the table, and an unknown view the chart", async ({ page }) => {
      await page.goto(`${path}?view=table`);
      await expect(page.locator("#view-table-tab")).toHaveAttribute("aria-selected", "true");
      await expect(page.locator("#view-table table").first()).toBeVisible();
      await expect(page.locator("#view-chart")).toBeHidden();
      await page.goto(`${path}?view=nonsense`);
      await expect(page.locator("#view-chart-tab")).toHaveAttribute("aria-selected", "true");
      await expect(page.locator("#view-chart")).toBeVisible();
      await expect(page.locator("#view-table")).toBeHidden();
    });

    // The chart tab (the page's default state) is checked by pages.spec.ts; the other four here, each opened
    // from its ?view= address.
    test("has no axe violations in any tab", async ({ page }) => {
      test.slow(); // four axe-core runs
      for (const view of VIEWS.filter((v) => v !== "chart")) {
        await page.goto(`${path}?view=${view}`);
        await expect(page.locator(`#view-${view}`)).toBeVisible();
        expect(await axeViolations(page), view).toEqual([]);
      }
    });

    test("each downloaded CSV holds the same rows as its table, with the dataset's values", async ({ page, request }) => {
      await page.goto(`${path}?view=download`);
      for (const d of downloads.filter((x) => x.kind === "csv")) {
        const link = page.locator(`#view-download a[href="/charts/${chart.id}/${d.file}"]`);
        const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
        expect(download.suggestedFilename()).toBe(d.file);
        const bytes = readFileSync(await download.path());
        await expect(link).toHaveAttribute("data-bytes", String(bytes.length));
        // Spreadsheet-safe, like the dataset's own spreadsheet-safe file: a byte order mark, then the policy's cells.
        expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
        const parsed = parseCsv(bytes.subarray(3).toString("utf8"));
        expect(parsed.problems).toEqual([]);
        const [header, ...records] = parsed.records.map((r) => r.cells.map((c) => c.value));
        const schema = SCHEMAS.find((s) => s.name === d.dataset);
        expect(header).toEqual(schema?.fields.map((f) => f.name));
        const tableIds = await page.locator(`#view-table table[data-dataset="${d.dataset}"] tbody tr`).evaluateAll((rows) => rows.map((r) => r.getAttribute("data-row-id")));
        expect(records.map((r) => r[0])).toEqual(tableIds);
        const dataRows = new Map((datasets[d.dataset ?? "sources"] as readonly Record<string, unknown>[]).map((r) => [r["id"], r]));
        for (const record of records) {
          const row = dataRows.get(record[0]);
          expect(record).toEqual(safeCells(schema?.fields ?? [], schema?.fields.map((f) => cellText(row?.[f.name])) ?? []));
        }
        // The size listed is the size served.
        const served = await request.get(`/charts/${chart.id}/${d.file}`);
        expect((await served.body()).length).toBe(bytes.length);
      }
    });

    test("the SVG download carries the title, source line and date; the PNG is a PNG at twice its size", async ({ page }) => {
      await page.goto(`${path}?view=download`);
      const svgLink = page.locator(`#view-download a[href="/charts/${chart.id}/${chart.id}.svg"]`);
      const [svgDownload] = await Promise.all([page.waitForEvent("download"), svgLink.click()]);
      const svg = readFileSync(await svgDownload.path(), "utf8");
      await expect(svgLink).toHaveAttribute("data-bytes", String(Buffer.byteLength(svg)));
      const lines = await svgLines(page, svg);
      const sources = sourcesOf(chart.rows(datasets), datasets.sources);
      expect(lines).toContain(chart.title);
      expect(lines).toContain(sourceLine(sources));
      expect(lines).toContain(`data as of ${dataAsOf(sources)}`);
      expect(lines).toContain(SITE_NAME);

      const pngLink = page.locator(`#view-download a[href="/charts/${chart.id}/${chart.id}.png"]`);
      const [pngDownload] = await Promise.all([page.waitForEvent("download"), pngLink.click()]);
      const png = readFileSync(await pngDownload.path());
      await expect(pngLink).toHaveAttribute("data-bytes", String(png.length));
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
      const svgWidth = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
      const svgHeight = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);
      expect(png.readUInt32BE(16)).toBe(Math.round(svgWidth * 2));
      expect(Math.abs(png.readUInt32BE(20) - svgHeight * 2)).toBeLessThanOrEqual(1);
    });

    test("tooltips appear on hover and on arrow keys, with the mark highlighted and announced", async ({ page }) => {
      await page.goto(path);
      const variant = page.locator("#view-chart .chart-variant:visible");
      await expect(variant).toHaveCount(1);
      const tips = await variant.locator(".datum[data-tip]").evaluateAll((els) => els.map((e) => e.getAttribute("data-tip") ?? ""));
      expect(tips.length).toBeGreaterThan(0);
      const tip = page.locator("#view-chart .chart-tip");
      await expect(tip).toBeHidden();

      // Hover: a mark whose centre is not covered by another mark's label.
      const target = await variant.evaluate((root) => {
        for (const datum of root.querySelectorAll(".datum[data-tip]")) {
          const box = datum.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          if (box.width > 0 && box.height > 0 && document.elementFromPoint(x, y)?.closest(".datum") === datum) return { x, y, text: datum.getAttribute("data-tip") };
        }
        return null;
      });
      expect(target).not.toBeNull();
      await page.mouse.move(target?.x ?? 0, target?.y ?? 0);
      await expect(tip).toBeVisible();
      await expect(tip).toHaveText(target?.text ?? "");
      await page.mouse.move(1, 1);
      await expect(tip).toBeHidden();

      // Keyboard: the drawing takes focus; arrows step through the marks in order; Escape clears.
      await variant.focus();
      await expect(variant).toHaveAttribute("aria-describedby", /\S/);
      await page.keyboard.press("ArrowRight");
      await expect(tip).toHaveText(tips[0] ?? "");
      await expect(page.locator(".chart-live")).toHaveText(tips[0] ?? "");
      await expect(variant.locator(".datum.is-active")).toHaveCount(1);
      if (tips.length > 1) {
        await page.keyboard.press("ArrowRight");
        await expect(tip).toHaveText(tips[1] ?? "");
      }
      await page.keyboard.press("End");
      await expect(tip).toHaveText(tips.at(-1) ?? "");
      await page.keyboard.press("Escape");
      await expect(tip).toBeHidden();
      await expect(variant.locator(".datum.is-active")).toHaveCount(0);
      // The tooltip stays inside the figure, so it never widens the page.
      await page.keyboard.press("Home");
      const inside = await page.evaluate(() => {
        const t = document.querySelector(".chart-tip")?.getBoundingClientRect();
        const f = document.querySelector("#view-chart .chart-figure")?.getBoundingClientRect();
        return t && f ? t.left >= f.left - 0.5 && t.right <= f.right + 0.5 : false;
      });
      expect(inside).toBe(true);
    });
  });
}

test("printing a chart page shows the chart, tables and sources, and no tabs, downloads or embed code", async ({ page }) => {
  const chart = CHARTS[0];
  if (!chart) throw new Error("no charts");
  await page.goto(`/charts/${chart.id}/?view=download`);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[role='tablist']")).toBeHidden();
  const onPaper = new Set<string>(["chart", "table", "sources"]);
  for (const view of VIEWS) {
    if (onPaper.has(view)) await expect(page.locator(`#view-${view}`)).toBeVisible();
    else await expect(page.locator(`#view-${view}`)).toBeHidden();
  }
  await expect(page.locator(".chart-views h2").first()).toBeVisible();
});

test("a chart's notes beyond the lead ones fold under a summary that opens without JavaScript, and all of them print", async ({ browser }) => {
  const chart = CHARTS.find((c) => splitNotes(c.notes(datasets)).more.length > 0);
  if (!chart) throw new Error("no chart has notes beyond the lead ones");
  const { lead, more } = splitNotes(chart.notes(datasets));
  await withoutJs(browser, async (page) => {
    await page.goto(`/charts/${chart.id}/`);
    const caption = page.locator("#view-chart figcaption");
    const shownNotes = caption.locator(".chart-notes li");
    for (const note of lead) await expect(shownNotes.filter({ hasText: note })).toBeVisible();
    const folded = caption.locator(".chart-more-notes li");
    await expect(folded).toHaveCount(more.length);
    await expect(folded.first()).toBeHidden();
    await caption.locator(".chart-more-notes summary").click();
    await expect(folded.first()).toBeVisible();
    await caption.locator(".chart-more-notes summary").click();
    await expect(folded.first()).toBeHidden();
    await page.emulateMedia({ media: "print" });
    for (let i = 0; i < more.length; i++) await expect(folded.nth(i)).toBeVisible();
    await expect(caption.locator(".chart-more-notes summary")).toBeHidden();
  });
});
