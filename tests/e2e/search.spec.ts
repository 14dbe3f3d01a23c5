/** Site search over the Pagefind index built with the site. */
import { expect, test } from "@playwright/test";
import { withoutJs } from "./no-js.ts";

test("finds a case by its town", async ({ page }) => {
  await page.goto("/search/");
  await page.getByLabel("Search the site").fill("Caerphilly");
  const results = page.locator("[data-search-results] li");
  await expect(results.first()).toBeVisible();
  await expect(page.locator('[data-search-results] a[href="/cases/caerphilly-car-wash/"]')).toHaveCount(1);
  await expect(page).toHaveURL(/\?q=Caerphilly$/);
});

test("finds a chart by its title, and the type filter keeps only charts", async ({ page }) => {
  await page.goto("/search/?q=Advertised%20and%20quoted%20prices&type=Chart");
  await expect(page.getByLabel("Show")).toHaveValue("Chart");
  const links = page.locator("[data-search-results] li h2 a");
  await expect(links.first()).toBeVisible();
  await expect(page.locator('[data-search-results] a[href="/charts/advertised-prices/"]')).toHaveCount(1);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) expect(href).toMatch(/^\/charts\//);
});

test("search results are text: markup in the index never becomes elements", async ({ page }) => {
  await page.goto("/search/?q=smuggling");
  await expect(page.locator("[data-search-results] li").first()).toBeVisible();
  await expect(page.locator("[data-search-results] script, [data-search-results] img")).toHaveCount(0);
});

test("without JavaScript the search page points to the index pages", async ({ browser }) => {
  await withoutJs(browser, async (page) => {
    await page.goto("/search/");
    for (const href of ["/explainers/", "/charts/", "/data/", "/cases/", "/sources/"]) {
      await expect(page.locator(`main a[href="${href}"]`).first()).toBeVisible();
    }
  });
});
