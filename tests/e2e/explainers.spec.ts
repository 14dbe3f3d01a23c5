/** Explainers print their figures from the data, with dates, reading time, sources and a Data used box. */
import { expect, test } from "@playwright/test";
import { loadFromDisk } from "../../src/lib/data/site-data.ts";
import { formatFigure } from "../../src/lib/format/numbers.ts";
import { builtPagePaths } from "./built-pages.ts";

const { datasets } = loadFromDisk();
const claims = new Map(datasets.takedowns.map((t) => [t.id, t]));
const explainers = builtPagePaths().filter((p) => /^\/explainers\/[^/]+\/$/.test(p));

test("there are at least five explainers, each listed on /explainers/", async ({ page }) => {
  expect(explainers.length).toBeGreaterThanOrEqual(5);
  await page.goto("/explainers/");
  for (const path of explainers) await expect(page.locator(`main a[href="${path}"]`)).toHaveCount(1);
});

for (const path of explainers) {
  test(`${path}: every figure equals its dataset value, and its citation resolves`, async ({ page }) => {
    await page.goto(path);
    const figures = page.locator(".figure[data-claim-id]");
    const count = await figures.count();
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const id = (await figure.getAttribute("data-claim-id")) ?? "";
      const row = claims.get(id);
      expect(row, `claim ${id}`).toBeDefined();
      if (!row) continue;
      await expect(figure.locator("data")).toHaveAttribute("value", String(row.value));
      await expect(figure.locator("data")).toHaveText(formatFigure(row.value, row.qualifier, row.unit));
      await expect(figure.locator(`a[href="/data/takedowns/#${id}"]`)).toHaveCount(1);
      const cite = (await figure.locator(".cite a").getAttribute("href")) ?? "";
      await expect(page.locator(cite)).toHaveCount(1);
    }
    await expect(page.locator(".meta")).toContainText("min read");
    await expect(page.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByRole("heading", { name: "Data used" })).toBeVisible();
    await expect(page.locator(".data-used a[href^='/data/']").first()).toBeVisible();
  });
}
