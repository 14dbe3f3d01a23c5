/**
 * The design at a phone's and a desktop's width, in light and dark: no page
 * scrolls sideways, chart tables fit a desktop, charts break out wide, the home
 * page answers its question in the first screen, the header and tabs stay compact,
 * and print leaves out tabs and buttons.
 */
import { expect, test, type Page } from "@playwright/test";
import { CHARTS } from "../../src/lib/charts/registry.ts";
import { builtPagePaths, htmlOf } from "./site-files.ts";

const WIDTHS = [360, 1280] as const;
const SCHEMES = ["light", "dark"] as const;
const firstOf = (prefix: string) => builtPagePaths().find((p) => p.startsWith(prefix) && p !== prefix) ?? prefix;
const PAGES = ["/", "/charts/", `/charts/${CHARTS[0]?.id}/`, "/explainers/", firstOf("/explainers/"), "/data/", firstOf("/data/"), "/cases/", firstOf("/cases/"), "/sources/", "/search/", "/about/"];

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const scheme of SCHEMES) {
  for (const width of WIDTHS) {
    test.describe(`${width}px, ${scheme}`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme: scheme });

      test("no page scrolls sideways", async ({ page }) => {
        for (const path of PAGES) {
          await page.goto(path);
          expect(await horizontalOverflow(page), path).toBe(0);
        }
      });

      test("the header takes at most two lines and the chart tabs one", async ({ page }) => {
        await page.goto(`/charts/${CHARTS[0]?.id}/`);
        const header = await page.locator(".site-header").boundingBox();
        expect(header?.height ?? 0).toBeLessThanOrEqual(100);
        const tops = await page.locator(".chart-tab").evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
        expect(tops.length).toBe(5);
        expect(new Set(tops).size).toBe(1);
        const list = page.locator(".chart-tablist");
        expect(await list.evaluate((l) => l.scrollWidth - l.clientWidth)).toBeLessThanOrEqual(0);
      });
    });
  }

  test.describe(`1280px, ${scheme}: wide screens`, () => {
    test.use({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });

    for (const chart of CHARTS) {
      test(`${chart.id}: the chart is drawn at least 900px wide and its tables fit without scrolling`, async ({ page }) => {
        await page.goto(`/charts/${chart.id}/`);
        const svg = page.locator("#view-chart svg[role='img']:visible");
        expect((await svg.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(900);
        await page.goto(`/charts/${chart.id}/?view=table`);
        const regions = page.locator("#view-table .table-scroll");
        expect(await regions.count()).toBeGreaterThan(0);
        const overflow = await regions.evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth));
        expect(overflow.every((o) => o <= 0), `overflow ${overflow.join(", ")}`).toBe(true);
      });
    }
  });

  test.describe(`360x800, ${scheme}: the home page's first screen`, () => {
    test.use({ viewport: { width: 360, height: 800 }, colorScheme: scheme });

    test("holds the latest figure, its comparison sentence and the start of the lead chart", async ({ page }) => {
      await page.goto("/");
      const inFirstScreen = async (selector: string, edge: "top" | "bottom") => {
        const box = await page.locator(selector).first().boundingBox();
        if (!box) throw new Error(`${selector} is not shown`);
        return (edge === "top" ? box.y : box.y + box.height) <= 800;
      };
      await expect(page.locator(".lead-figure data")).toHaveText(/\d/);
      await expect(page.locator(".lead-compare")).toHaveText(/^(Up on|Down on|The same as|No figure for|Not comparable with) /);
      expect(await inFirstScreen(".lead-figure data", "bottom")).toBe(true);
      expect(await inFirstScreen(".lead-compare", "bottom")).toBe(true);
      expect(await inFirstScreen(".home-chart svg[role='img']:visible", "top")).toBe(true);
    });
  });
}

test.describe("print", () => {
  test("a chart page prints the chart, its tables and sources, and no tabs or buttons", async ({ page }) => {
    await page.goto(`/charts/${CHARTS[0]?.id}/`);
    await expect(page.locator(".chart-tab").first()).toBeVisible();
    await expect(page.locator(".copy-button").first()).toBeAttached();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".chart-tablist")).toBeHidden();
    for (const button of await page.locator("button, input[type='button'], .copy-button").all()) await expect(button).toBeHidden();
    await expect(page.locator("#view-chart svg[role='img']:visible")).toHaveCount(1);
    await expect(page.locator("#view-table table").first()).toBeVisible();
    await expect(page.locator("#view-sources")).toBeVisible();
    await expect(page.locator("#view-embed")).toBeHidden();
    // A4 portrait less margins is about 690 CSS px wide: the tables wrap to fit it.
    await page.setViewportSize({ width: 690, height: 1000 });
    const overflow = await page.locator("#view-table .table-scroll").evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth));
    expect(overflow.every((o) => o <= 0), `overflow ${overflow.join(", ")}`).toBe(true);
  });

  // A dataset's every column does not fit across A4: its rows print stacked, one "column  value" line per cell.
  test("every table on every page fits the printed page, and a dataset's rows print with every column named", async ({ page }) => {
    test.setTimeout(180_000); // 35 pages
    await page.setViewportSize({ width: 690, height: 1000 });
    const withTables = builtPagePaths().filter((p) => !p.startsWith("/embed/") && htmlOf(p).includes("table-scroll"));
    expect(withTables).toContain("/data/takedowns/");
    for (const path of withTables) {
      await page.goto(path);
      await page.emulateMedia({ media: "print" });
      const overflow = await page.locator(".table-scroll").evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth));
      expect(overflow.filter((o) => o > 0), path).toEqual([]);
    }
    await page.goto("/data/takedowns/");
    await page.emulateMedia({ media: "print" });
    const row = page.locator("table.rows tbody tr").first();
    await expect(row.locator("td").filter({ hasText: "National Crime Agency" }).first()).toBeVisible();
    const label = await row.locator("td[data-column='reporting_body']").evaluate((td) => getComputedStyle(td, "::before").content);
    expect(label).toBe('"reporting_body"');
    await expect(page.locator("table.rows thead")).toBeHidden();
  });

  // Printed tables are set small to fit the page; a note set in rem would come out at body size and stretch its row.
  for (const chart of CHARTS) {
    test(`/charts/${chart.id}/ prints no table text larger than the table's own`, async ({ page }) => {
      await page.goto(`/charts/${chart.id}/`);
      await page.emulateMedia({ media: "print" });
      const larger = await page.locator("#view-table table").evaluateAll((tables) =>
        tables.flatMap((table) => {
          const own = parseFloat(getComputedStyle(table).fontSize);
          return [...table.querySelectorAll("*")]
            .filter((el) => el.textContent?.trim() && parseFloat(getComputedStyle(el).fontSize) > own + 0.01)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${getComputedStyle(el).fontSize} > ${own}px`);
        }),
      );
      expect(larger).toEqual([]);
    });
  }
});
