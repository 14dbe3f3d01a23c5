/** Checks every built page: status, title, one h1, no console errors, zero axe violations, complete without JavaScript. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { builtPagePaths } from "./built-pages.ts";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const paths = builtPagePaths();

test("the build has the expected pages", () => {
  expect(paths).toEqual(expect.arrayContaining(["/", "/sources/"]));
});

/** Collects console errors and uncaught exceptions while the page loads. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return errors;
}

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    test("answers 200 with a title, one h1, no console errors and no axe violations", async ({ page }) => {
      const errors = watchErrors(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle(/\S/);
      await expect(page.locator("h1")).toHaveCount(1);
      const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      expect(errors).toEqual([]);
    });

    test("shows the same content with JavaScript disabled", async ({ page, browser }) => {
      await page.goto(path);
      // Tabs (chart pages) show one view at a time on screen; in print every view shows, as without
      // JavaScript, so pages with tabs are compared as printed, with and without JavaScript alike.
      const tabbed = (await page.locator("[role='tablist']").count()) > 0;
      if (tabbed) await page.emulateMedia({ media: "print" });
      const withJs = await page.locator("main").innerText();
      const context = await browser.newContext({ javaScriptEnabled: false });
      const noJs = await context.newPage();
      if (tabbed) await noJs.emulateMedia({ media: "print" });
      await noJs.goto(path);
      await expect(noJs.locator("h1")).toBeVisible();
      expect(await noJs.locator("main").innerText()).toBe(withJs);
      await context.close();
    });
  });
}

test("an unknown address answers 404 with a page that leads home", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator('main a[href="/"]')).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations).toEqual([]);
});
