/**
 * A link check over the whole build, without a browser: every internal link
 * (pages, downloads, #anchors) resolves to a built file and an existing id,
 * and sitemap.xml lists every page and nothing else.
 */
import { expect, test } from "@playwright/test";
import { inSitemap } from "../../src/integrations/postbuild.ts";
import { builtPagePaths, fileFor, hrefsIn, htmlOf, idsIn } from "./site-files.ts";

const SITE = "https://takedown-explorer.example";
const pages = builtPagePaths();

test("every internal link and #anchor on every page resolves", () => {
  const broken: string[] = [];
  let checked = 0;
  const idCache = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    let ids = idCache.get(path);
    if (!ids) idCache.set(path, (ids = idsIn(htmlOf(path))));
    return ids;
  };
  for (const page of [...pages, "/404.html"]) {
    for (const href of hrefsIn(htmlOf(page))) {
      const url = new URL(href, `${SITE}${page}`);
      if (url.origin !== SITE) continue; // external: not checked here (no network in tests)
      checked++;
      const target = url.pathname;
      if (!fileFor(target)) {
        broken.push(`${page} -> ${href} (no such page or file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && fileFor(target)?.endsWith(".html") && !idsOf(target).has(anchor)) broken.push(`${page} -> ${href} (no id "${anchor}")`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});

test("sitemap.xml lists every page once (but embeds, which are for iframes) and nothing that is not built", () => {
  const xml = htmlOf("/sitemap.xml");
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname).sort();
  expect(pages.some((p) => p.startsWith("/embed/"))).toBe(true);
  expect(listed).toEqual(pages.filter(inSitemap).sort());
});

test("every page names its canonical URL, and Open Graph and Twitter metadata", () => {
  for (const page of pages) {
    const html = htmlOf(page);
    expect(html, page).toContain(`<link rel="canonical" href="${SITE}${page}">`);
    for (const meta of ['property="og:title"', 'property="og:description"', 'property="og:url"', 'name="twitter:card"']) {
      expect(html, `${page} ${meta}`).toContain(meta);
    }
  }
});

test("the Atom feed lists every explainer and every data release", () => {
  const feed = htmlOf("/feed.xml");
  const explainers = pages.filter((p) => /^\/explainers\/[^/]+\/$/.test(p));
  expect(explainers.length).toBeGreaterThanOrEqual(5);
  for (const p of explainers) expect(feed).toContain(`<link rel="alternate" type="text/html" href="${SITE}${p}"/>`);
  for (const dataset of ["sources", "takedowns", "prices", "arrivals", "arrivals_monthly", "irregular_arrivals", "events", "cases", "case_steps"]) {
    expect(feed).toContain(`href="${SITE}/data/${dataset}/1.0.0/"`); // the release page of its first version
  }
  expect(feed).toContain('<category term="Data update"/>');
});
