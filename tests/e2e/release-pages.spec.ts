/**
 * The built release pages, without a browser: each lists exactly the rows that
 * differ between its version's archive and the previous one (computed here
 * again from data/releases/), and every release is linked from its dataset's
 * page and from the feed.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { releaseHref, releasePages } from "../../src/lib/catalogue/release-pages.ts";
import { loadChangelog } from "../../src/lib/catalogue/site-catalogue.ts";
import { dataFileReader } from "../../src/lib/data/site-data.ts";
import { fileFor, htmlOf } from "./site-files.ts";

const pages = releasePages(loadChangelog(), dataFileReader());
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#39;|&#x27;/g, "'").trim();

/** Ids in the section that starts at heading `id` and ends at the next h2. */
function idsIn(html: string, id: string, cell: "rowgroup" | "row"): string[] {
  const start = html.indexOf(`id="${id}"`);
  if (start === -1) return [];
  const end = html.indexOf("<h2", start + 1);
  const section = html.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(new RegExp(`<th[^>]*scope="${cell}"[^>]*>(.*?)</th>`, "gs"))].map((m) => text(m[1] ?? ""));
}

test("every release page lists exactly the rows added, removed and changed between the two archives", () => {
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) {
    const href = releaseHref(page.entry.dataset, page.entry.version);
    const html = htmlOf(href);
    expect(idsIn(html, "changed", "rowgroup"), `${href} changed`).toEqual(page.diff.changed.map((c) => c.id));
    expect(idsIn(html, "added", "row"), `${href} added`).toEqual(page.diff.added.map((r) => r["id"]));
    expect(idsIn(html, "removed", "row"), `${href} removed`).toEqual(page.diff.removed.map((r) => r["id"]));
  }
});

test("each release is linked from its dataset's changelog and from the feed", () => {
  const feed = readFileSync(fileFor("/feed.xml") ?? "", "utf8");
  for (const page of pages) {
    const href = releaseHref(page.entry.dataset, page.entry.version);
    expect(htmlOf(`/data/${page.entry.dataset}/`)).toContain(`href="${href}"`);
    expect(feed).toContain(`${href}"`);
  }
});

// The changelog's summaries are paragraphs: on a phone each must get the text column's width, not a squeezed
// table column (as a six-column table once did, a few letters wide).
test("on a 360 px phone every changelog summary is as wide as the text column", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/data/takedowns/");
  const summaries = page.locator("#changelog + p + .releases .summary");
  expect(await summaries.count()).toBeGreaterThan(1);
  for (const width of await summaries.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width))) {
    expect(width).toBeGreaterThanOrEqual(300);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
