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
