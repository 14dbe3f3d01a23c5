/**
 * The home page's headline figures are the dataset's values, with qualifier, unit, period and a working source link;
 * the charts and latest data changes below them are listed in full, as cards.
 */
import { expect, test } from "@playwright/test";
import { loadFromDisk } from "../../src/lib/data/site-data.ts";
import { SCHEMAS } from "../../src/lib/data/schemas.ts";
import { CHARTS } from "../../src/lib/charts/registry.ts";
import { siteReleasePages } from "../../src/lib/catalogue/site-catalogue.ts";
import { releaseHref } from "../../src/lib/catalogue/release-pages.ts";
import { latestChanges } from "../../src/lib/site/latest-changes.ts";

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

test("below the lead, every chart and the five latest data changes are cards with a title link and a summary", async ({ page }) => {
  await page.goto("/");
  const chartCards = page.locator("h2:text-is('Charts') + .home-cards > li");
  await expect(chartCards).toHaveCount(CHARTS.length);
  for (const [i, chart] of CHARTS.entries()) {
    await expect(chartCards.nth(i).locator("h3 a")).toHaveAttribute("href", `/charts/${chart.id}/`);
    await expect(chartCards.nth(i).locator("h3")).toHaveText(chart.title);
    await expect(chartCards.nth(i).locator("p").first()).toHaveText(chart.summary);
  }
  const titles = new Map<string, string>(SCHEMAS.map((s) => [s.name, s.title]));
  const releases = siteReleasePages();
  const changes = latestChanges(releases, titles, 5);
  const changeItems = page.locator(".home-changes > li");
  await expect(changeItems).toHaveCount(changes.length);
  for (const [i, change] of changes.entries()) {
    const item = changeItems.nth(i);
    await expect(item.locator("h3 a")).toHaveAttribute("href", change.datasetHref);
    await expect(item.locator("time")).toHaveAttribute("datetime", change.date);
    await expect(item.locator(".card-meta")).toContainText(change.kind);
    await expect(item.locator("p").nth(1)).toHaveText(`${change.rowsTouched} What changed in version ${change.version}`);
    await expect(item.getByRole("link", { name: `What changed in version ${change.version}` })).toHaveAttribute("href", change.releaseHref);
    // The curators' summary, which names rows by id, is the release page's to give, not the front page's.
    const summary = releases.find((r) => releaseHref(r.entry.dataset, r.entry.version) === change.releaseHref)?.entry.summary ?? "";
    expect(summary).not.toBe("");
    await expect(item).not.toContainText(summary.slice(0, 40));
  }
  // Cards sit side by side on a wide screen, one under another on a phone.
  await page.setViewportSize({ width: 1280, height: 900 });
  const [first, second] = [await chartCards.nth(0).boundingBox(), await chartCards.nth(1).boundingBox()];
  expect(second?.y).toBe(first?.y);
  await page.setViewportSize({ width: 360, height: 800 });
  const [a, b] = [await chartCards.nth(0).boundingBox(), await chartCards.nth(1).boundingBox()];
  expect(b?.x).toBe(a?.x);
});
