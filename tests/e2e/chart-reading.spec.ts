/**
 * Charts read on a phone and on a desktop (issue 11): at 360px and 1280px, light and dark, on every chart page,
 * the home page and the charts list, the smallest chart text as rendered (its font size times the drawing's scale)
 * is at least 12px, the chart text is set in the site's face, and at 1280px a chart page's chart is at least 900px wide.
 */
import { expect, test, type Page } from "@playwright/test";
import { MIN_TEXT_PX } from "../../src/lib/charts/core/definition.ts";
import { CHARTS } from "../../src/lib/charts/registry.ts";

const WIDTHS = [360, 1280] as const;
const SCHEMES = ["light", "dark"] as const;
const PAGES = ["/", "/charts/", ...CHARTS.map((c) => `/charts/${c.id}/`)];

interface TextSize {
  readonly text: string;
  readonly px: number;
  readonly family: string;
}

/** Every visible chart <text>'s rendered size: computed font size × rendered width / viewBox width. */
async function renderedTextSizes(page: Page): Promise<TextSize[]> {
  return page.evaluate(() => {
    const out: { text: string; px: number; family: string }[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>("svg.chart")) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue; // the drawing for the other width, display:none
      const scale = box.width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll("text")) {
        const style = getComputedStyle(text);
        out.push({ text: text.textContent ?? "", px: parseFloat(style.fontSize) * scale, family: style.fontFamily });
      }
    }
    return out;
  });
}

for (const width of WIDTHS) {
  for (const scheme of SCHEMES) {
    test.describe(`${width}px, ${scheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const path of PAGES) {
        test(`${path}: no chart text below ${MIN_TEXT_PX}px, all in Source Sans 3`, async ({ page }) => {
          await page.goto(path);
          const sizes = await renderedTextSizes(page);
          expect(sizes.length).toBeGreaterThan(0);
          const small = sizes.filter((s) => s.px < MIN_TEXT_PX - 0.01).map((s) => `${JSON.stringify(s.text)}: ${s.px.toFixed(2)}px`);
          expect(small).toEqual([]);
          expect(sizes.every((s) => s.family.startsWith('"Source Sans 3"'))).toBe(true);
        });
      }
    });
  }
}

test.describe("1280px chart page", () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const chart of CHARTS) {
    test(`/charts/${chart.id}/: the chart is drawn at least 900px wide`, async ({ page }) => {
      await page.goto(`/charts/${chart.id}/`);
      const widths = await page.locator("svg.chart").evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width));
      expect(Math.max(...widths)).toBeGreaterThanOrEqual(900);
    });
  }
});

/** Rendered sizes of every visible mark's hit target (`rect.hit` in a `.datum`), and the marks without one. */
async function targets(page: Page): Promise<{ small: string[]; missing: string[]; count: number }> {
  return page.evaluate(() => {
    const small: string[] = [];
    const missing: string[] = [];
    let count = 0;
    for (const datum of document.querySelectorAll<SVGGElement>("svg.chart .datum[data-tip]")) {
      if (datum.getBoundingClientRect().width === 0) continue;
      // Case titles and event labels are text targets, tall and wide enough by themselves; marks need a hit area.
      const hit = datum.querySelector(":scope > rect.hit");
      const id = datum.getAttribute("data-id") ?? "?";
      if (!hit) {
        const box = datum.getBoundingClientRect();
        if (box.width < 24 || box.height < 24) missing.push(id);
        continue;
      }
      count++;
      const box = hit.getBoundingClientRect();
      if (box.width < 24 - 0.01 || box.height < 24 - 0.01) small.push(`${id}: ${box.width.toFixed(1)} x ${box.height.toFixed(1)}`);
    }
    return { small, missing, count };
  });
}

for (const width of WIDTHS) {
  test.describe(`${width}px targets`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const chart of CHARTS) {
      test(`/charts/${chart.id}/: every mark's tap target is at least 24 x 24px`, async ({ page }) => {
        await page.goto(`/charts/${chart.id}/`);
        const t = await targets(page);
        expect(t.count).toBeGreaterThan(0);
        expect(t.small).toEqual([]);
        expect(t.missing).toEqual([]);
      });
    }
  });
}

test.describe("on a touch phone", () => {
  test.use({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
  for (const chart of CHARTS) {
    test(`/charts/${chart.id}/: a tap on a mark opens its tooltip, and it stays open`, async ({ page }) => {
      await page.goto(`/charts/${chart.id}/`);
      // The first mark whose target's centre is its own (stacked marks' targets overlap; the later one is on top).
      const index = await page.locator(".chart-compact .datum[data-tip] > rect.hit").evaluateAll((rects) =>
        rects.findIndex((r) => {
          r.scrollIntoView({ block: "center" });
          const b = r.getBoundingClientRect();
          return document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2)?.closest(".datum") === r.parentElement;
        }),
      );
      expect(index).toBeGreaterThanOrEqual(0);
      const mark = page.locator(".chart-compact .datum[data-tip] > rect.hit").nth(index);
      const tip = await mark.evaluate((r) => r.parentElement?.getAttribute("data-tip") ?? "");
      await mark.scrollIntoViewIfNeeded();
      await mark.tap({ force: true });
      const tooltip = page.locator(".chart-tip").first();
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toHaveText(tip);
    });
  }
});

/*
 * Issue 11: at 1280px chart text reads at the size of the body captions (the figcaption's computed size, 15px),
 * within 1px. Titles are one step larger by design, so the check is over the chart's body text size: every text
 * set at the drawing's own text size.
 */
test.describe("1280px chart text matches the caption", () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  // The charts list shows small thumbnails with no caption, so it is not one of these pages.
  for (const path of PAGES.filter((p) => p !== "/charts/")) {
    test(`${path}: chart text renders within 1px of the figcaption's font size`, async ({ page }) => {
      await page.goto(path);
      const { caption, sizes } = await page.evaluate(() => {
        const figure = [...document.querySelectorAll("figure.chart-figure")].find((f) => f.getBoundingClientRect().width > 0 && f.querySelector("figcaption"));
        const captionSize = figure ? parseFloat(getComputedStyle(figure.querySelector("figcaption") as Element).fontSize) : NaN;
        const out: number[] = [];
        for (const svg of document.querySelectorAll<SVGSVGElement>("svg.chart")) {
          const box = svg.getBoundingClientRect();
          if (box.width === 0) continue;
          const scale = box.width / svg.viewBox.baseVal.width;
          // The body text size of this drawing: the size most of its texts are set at.
          const counts = new Map<number, number>();
          for (const text of svg.querySelectorAll("text")) {
            const size = parseFloat(getComputedStyle(text).fontSize);
            counts.set(size, (counts.get(size) ?? 0) + 1);
          }
          const body = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? NaN;
          out.push(body * scale);
        }
        return { caption: captionSize, sizes: out };
      });
      expect(caption).toBeGreaterThan(0);
      expect(sizes.length).toBeGreaterThan(0);
      for (const px of sizes) expect(Math.abs(px - caption), `chart text ${px.toFixed(2)}px, caption ${caption}px`).toBeLessThanOrEqual(1);
    });
  }
});

test.describe("by keyboard", () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test("focus on a chart opens the first mark's tooltip; keys move it; Escape closes it", async ({ page }) => {
    await page.goto("/charts/advertised-prices/");
    // The drawing shown at this width (the wide one at 1280px; the others are display: none).
    const variant = page.locator(".chart-variant[tabindex='0']:visible").first();
    const tips = await variant.locator(".datum[data-tip]").evaluateAll((ds) => ds.map((d) => d.getAttribute("data-tip") ?? ""));
    // Tab until the chart has focus (a keyboard focus, so :focus-visible).
    for (let i = 0; i < 60 && !(await variant.evaluate((v) => v === document.activeElement)); i++) await page.keyboard.press("Tab");
    const tooltip = page.locator(".chart-tip").first();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveText(tips[0] ?? "");
    await page.keyboard.press("End");
    await expect(tooltip).toHaveText(tips.at(-1) ?? "");
    await page.keyboard.press("Escape");
    await expect(tooltip).toBeHidden();
  });
});

/*
 * Every drawing keeps its text at 12px or more where it is shown: viewports whose chart box sits just either side
 * of each switch (640px and 850px of chart width; the chart box is the viewport less two 16px gutters up to 960px).
 */
test.describe("chart text at the switch widths", () => {
  for (const width of [600, 672, 700, 870, 882, 900, 1000]) {
    test.describe(`${width}px`, () => {
      test.use({ viewport: { width, height: 900 } });
      for (const chart of CHARTS) {
        test(`/charts/${chart.id}/: no chart text below ${MIN_TEXT_PX}px`, async ({ page }) => {
          await page.goto(`/charts/${chart.id}/`);
          const sizes = await renderedTextSizes(page);
          expect(sizes.length).toBeGreaterThan(0);
          expect(sizes.filter((s) => s.px < MIN_TEXT_PX - 0.01).map((s) => `${JSON.stringify(s.text)}: ${s.px.toFixed(2)}px`)).toEqual([]);
        });
      }
    });
  }
});
