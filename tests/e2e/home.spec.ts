/** The home page's headline figures are the dataset's values, with qualifier, unit, period and a working source link. */
import { expect, test } from "@playwright/test";
import { loadFromDisk } from "../../src/lib/data/site-data.ts";

const { datasets } = loadFromDisk();
const byId = new Map(datasets.takedowns.map((t) => [t.id, t]));

// Written out by hand from data/takedowns.csv so that a change in the selection logic is noticed too.
const EXPECTED = [
  { id: "nca-2025-year", shown: "almost 10,700", period: "2025" },
  { id: "nca-2025-12-cumulative", shown: "more than 27,000", period: "2021 – Dec 2025" },
];

test("headline figures equal the dataset rows they name", async ({ page }) => {
  await page.goto("/");
  const figures = page.locator(".headline-figure");
  await expect(figures).toHaveCount(EXPECTED.length);
  for (const [i, expected] of EXPECTED.entries()) {
    const figure = figures.nth(i);
    await expect(figure).toHaveAttribute("data-claim-id", expected.id);
    const row = byId.get(expected.id);
    if (!row) throw new Error(`row ${expected.id} is not in data/takedowns.csv`);
    const value = figure.locator("data");
    await expect(value).toHaveAttribute("value", String(row.value));
    await expect(value).toHaveText(expected.shown);
    await expect(figure).toContainText(row.unit_as_worded);
    await expect(figure).toContainText(expected.period);
    await expect(figure.locator(`a[href="/sources/#${row.source_id}"]`)).toHaveCount(1);
  }
});

test("a headline figure's source link leads to that source's entry", async ({ page }) => {
  await page.goto("/");
  const link = page.locator(".headline-figure a[href^='/sources/#']").first();
  const href = await link.getAttribute("href");
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const id = href?.split("#")[1] ?? "";
  await expect(page.locator(`[id="${id}"]`)).toBeVisible();
});
