/** /sources/ lists every source once, with a stable anchor, its link and every row that cites it. */
import { expect, test } from "@playwright/test";
import { loadFromDisk } from "../../src/lib/data/site-data.ts";

const { datasets } = loadFromDisk();

test("every source in sources.csv has exactly one entry, anchored by its id", async ({ page }) => {
  await page.goto("/sources/");
  const entries = page.locator("article.source");
  await expect(entries).toHaveCount(datasets.sources.length);
  for (const source of datasets.sources) {
    const entry = page.locator(`article.source[id="${source.id}"]`);
    await expect(entry).toHaveCount(1);
    await expect(entry.locator(`a[href="${source.url}"]`)).toHaveCount(1);
  }
});

test("each source lists the rows that cite it", async ({ page }) => {
  await page.goto("/sources/");
  const tables = Object.entries(datasets) as [string, readonly { id: string; source_id?: string }[]][];
  let cited = 0;
  for (const [, rows] of tables) {
    for (const row of rows) {
      if (!row.source_id) continue;
      cited++;
      await expect(page.locator(`article.source[id="${row.source_id}"]`), `${row.id}`).toContainText(row.id);
    }
  }
  // Every row of every dataset but sources.csv itself cites a source.
  const { sources, ...citing } = datasets;
  expect(sources.length).toBeGreaterThan(0);
  expect(cited).toBe(Object.values(citing).reduce((n, rows) => n + rows.length, 0));
});
