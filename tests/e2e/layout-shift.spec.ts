/**
 * Nothing moves as a page loads: the layout shift its scripts and web fonts cause, summed as Lighthouse's cumulative
 * layout shift counts it, stays under 0.01 on a phone and a desktop. A note hidden by script after the first paint
 * (the no-JavaScript note on /search/ once shifted the page by 0.075) or a chart redrawn at another size would fail.
 * Shifts are a property of the page, not of the machine's speed, so this is no timing test.
 */
import { expect, test } from "@playwright/test";
import { builtPagePaths } from "./built-pages.ts";

/** Every page that runs a script, and pages whose first screen is mostly web-font text. */
const PAGES = builtPagePaths().filter((p) => /^\/(charts\/|explainers\/[^/]+\/|data\/[^/]+\/$|cases\/$|search\/$|$)/.test(p) || p === "/");

for (const width of [360, 1280]) {
  for (const path of PAGES) {
    test(`${path} at ${width}px does not shift as it loads`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
            }).observe({ type: "layout-shift", buffered: true });
            // Two frames after the fonts: any shift they cause has been recorded.
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
          }),
      );
      expect(shift).toBeLessThan(0.01);
    });
  }
}
