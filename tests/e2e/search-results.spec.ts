/**
 * What search results look like: a kind, a title linking to the place (a
 * figure's row on its dataset page), and a readable sentence with the matches
 * highlighted; a useful page without JavaScript; hostile text in results shown
 * exactly as the cell holds it (dist-hostile/, built by scripts/build-hostile.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { withoutJs } from "./no-js.ts";
import { PAYLOADS } from "../hostile/payloads.ts";
import { loadFromDisk } from "../../src/lib/data/site-data.ts";
import { searchRecords } from "../../src/lib/site/search-records.ts";
import { htmlOf, idsIn } from "./site-files.ts";
import { serveDirectory } from "./static-server.ts";

const HOSTILE = join(import.meta.dirname, "../../dist-hostile");

async function results(page: Page, query: string, base = ""): Promise<ReturnType<Page["locator"]>> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  const items = page.locator("[data-search-results] > li");
  await expect(items.first()).toBeVisible();
  return items;
}

test("each result is a kind, a linked title and a sentence with the match highlighted", async ({ page }) => {
  const items = await results(page, "12,000");
  const count = await items.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    await expect(item.locator(".search-result-kind")).toHaveText(/^(Figure|Event|Source|Explainer|Chart|Case|Dataset)$/);
    await expect(item.locator("h2 a")).toHaveText(/\S/);
    await expect(item.locator(".search-result-excerpt mark").first()).toContainText("12,000");
    // A sentence, not a dump of cells: no row or source ids ("wiredgov-nca-2024-07"), no cells ended with ". ".
    const sentence = await item.locator(".search-result-excerpt").innerText();
    expect(sentence).not.toMatch(/\b[a-z]+(-[a-z0-9]+)+-\d{4}(-\d{2})?\b/);
    expect(sentence).not.toMatch(/\b\d{4,}\. almost\b|\balmost\. almost\b/);
  }
});

test("a figure's result links to its row on the dataset page, and the row is there", async ({ page }) => {
  const items = await results(page, "almost 12,000 posts, pages and accounts");
  const figure = items.filter({ has: page.locator('h2 a[href="/data/takedowns/#nca-2024-06-cumulative"]') });
  await expect(figure).toHaveCount(1);
  await expect(figure.locator(".search-result-kind")).toHaveText("Figure");
  await expect(figure.locator("h2 a")).toHaveText("Takedown figure: National Crime Agency, Dec 2021 – 30 Jun 2024");
  await expect(figure.locator(".search-result-excerpt")).toContainText("almost 12,000 posts, pages and accounts removed after referral (running total)");
  await figure.locator("h2 a").click();
  await expect(page).toHaveURL(/\/data\/takedowns\/#nca-2024-06-cumulative$/);
  await expect(page.locator("#nca-2024-06-cumulative")).toBeVisible();
});

test("every figure, event and source in the index links to an anchor that exists on its built page", () => {
  const records = searchRecords(loadFromDisk(join(import.meta.dirname, "../../data")).datasets);
  expect(records.length).toBeGreaterThan(100);
  const ids = new Map<string, Set<string>>();
  const missing = records.filter((r) => {
    const [path = "", id = ""] = r.url.split("#");
    if (!ids.has(path)) ids.set(path, idsIn(htmlOf(path)));
    return !ids.get(path)?.has(id);
  });
  expect(missing.map((r) => r.url)).toEqual([]);
});

test("the Figures filter keeps only rows of datasets, each linked to its anchor", async ({ page }) => {
  await page.goto("/search/?q=arrivals&type=Figure");
  const links = page.locator("[data-search-results] h2 a");
  await expect(links.first()).toBeVisible();
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) expect(href).toMatch(/^\/data\/[a-z_]+\/#[a-z0-9-]+$/);
});

test("words in neighbouring elements stay apart in results", async ({ page }) => {
  const items = await results(page, "TikTok");
  for (const text of await items.locator(".search-result-excerpt").allInnerTexts()) expect(text).not.toMatch(/TikTok(?!s?\b)[a-z]/);
});

test("without JavaScript the form is switched off and explained, with links to the sources list and the data catalogue", async ({ browser }) => {
  await withoutJs(browser, async (page) => {
    await page.goto("/search/?q=12000");
    await expect(page.getByLabel("Search the site")).toBeDisabled();
    const note = page.locator("[data-search-note]");
    await expect(note).toContainText("needs JavaScript");
    await expect(note.locator('a[href="/sources/"]')).toHaveCount(1);
    await expect(note.locator('a[href="/data/"]')).toHaveCount(1);
  });
});

test("with JavaScript the form is switched on and the no-JavaScript note is gone", async ({ page }) => {
  await page.goto("/search/");
  await expect(page.getByLabel("Search the site")).toBeEnabled();
  await expect(page.locator("[data-search-note]")).toBeHidden();
});

test("an excerpt that starts or stops inside a record's text says so with an ellipsis", async ({ page }) => {
  const items = await results(page, "TikTok");
  const excerpts = await items.locator(".search-result-excerpt").allInnerTexts();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const text of excerpts) {
    // Starts with a capital, a digit, a quote or an ellipsis; ends with a full stop, closing quote/bracket or an ellipsis.
    expect(text.trim(), text).toMatch(/^(…|[A-Z0-9“"'(£€$])/);
    expect(text.trim(), text).toMatch(/(…|[.!?”"')])$/);
  }
});

test.describe("on the hostile build", () => {
  test.skip(!existsSync(HOSTILE), "dist-hostile/ is missing: run `node scripts/build-hostile.ts` (npm test does)");

  test("results show hostile text exactly as the cells hold it, as text", async ({ page }) => {
    const server = await serveDirectory(HOSTILE);
    try {
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const items = await results(page, "script", server.origin);
      const texts = await items.allInnerTexts();
      const all = texts.join("\n");
      // Character references written as text stay as written (they were decoded twice and shown as <script>).
      expect(all).toContain(PAYLOADS[12]);
      expect(all).not.toContain("<script>hostile-15");
      // Markup written as text is shown as those characters.
      expect(all).toContain(PAYLOADS[0]);
      await expect(page.locator("[data-search-results] script, [data-search-results] img, [data-search-results] svg")).toHaveCount(0);
      expect(dialogs).toEqual([]);
    } finally {
      await server.close();
    }
  });

  test("dataset READMEs carry hostile cells escaped for Markdown", () => {
    const dir = join(HOSTILE, "data");
    const readmes = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(dir, e.name, "README.md")));
    expect(readmes.length).toBeGreaterThan(5);
    for (const entry of readmes) {
      const text = readFileSync(join(dir, entry.name, "README.md"), "utf8").replace(/```[\s\S]*?```/g, "");
      // No unescaped HTML (the comment that hid the rest of the file, a script, an image) and no link syntax.
      expect(text, entry.name).not.toMatch(/(^|[^\\])<(!--|script|img|svg|\/text)/m);
      expect(text, entry.name).not.toMatch(/(^|[^\\])\[[^\]\n]*\]\(/m);
      for (const heading of ["## Sources", "## Changelog", "## Licence"]) expect(text, entry.name).toContain(heading);
    }
  });
});
