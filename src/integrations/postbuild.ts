/**
 * After the pages are written: the CSP <meta> moved to the top of every page's
 * head (see lib/site/csp-first.ts), the sitemap (from Astro's own list of built
 * pages, so it lists every page and nothing else) and the Pagefind search
 * index: the indexed pages' HTML (so search sees what readers see, prepared by
 * lib/site/search-text.ts so that results show text exactly) and one record per
 * figure, event and source document, a readable sentence linking to its row or
 * its entry on /sources/ (lib/site/search-records.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { sitemapXml } from "../lib/site/sitemap.ts";
import { cspMetaFirst } from "../lib/site/csp-first.ts";
import { siteData } from "../lib/data/site-data.ts";
import { searchRecords } from "../lib/site/search-records.ts";
import { indexableHtml, indexText } from "../lib/site/search-text.ts";

/** Rewrites every built HTML page so its CSP <meta> comes before anything that loads. */
function moveCspMetasFirst(out: string): number {
  const pages = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  for (const page of pages) {
    const file = `${out}/${page}`;
    writeFileSync(file, cspMetaFirst(readFileSync(file, "utf8"), page));
  }
  return pages.length;
}

/** Built pages that are not for search engines: the 404 page and the chart embeds (made to sit in iframes on other sites). */
export function inSitemap(pathname: string): boolean {
  return !/^\/?404(\.html|\/)?$/.test(pathname) && !pathname.startsWith("/embed/") && !pathname.startsWith("embed/");
}

export function postBuild(): AstroIntegration {
  let site = "";
  return {
    name: "takedown-explorer:postbuild",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site ?? "";
      },
      "astro:build:done": async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        logger.info(`CSP <meta> first in the head of ${moveCspMetasFirst(out)} pages`);
        const paths = pages.map((p) => `/${p.pathname}`.replace(/\/+/g, "/")).filter(inSitemap);
        writeFileSync(`${out}/sitemap.xml`, sitemapXml(site, paths));
        logger.info(`sitemap.xml lists ${paths.length} pages`);

        const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: "en" });
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join("; ")}`);
        // Only pages that mark their body for search (Base's searchType) are indexed; the rest are not read.
        const htmlPages = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
        let pageCount = 0;
        for (const page of htmlPages) {
          const html = readFileSync(`${out}/${page}`, "utf8");
          if (!html.includes("data-pagefind-body")) continue;
          const added = await index.addHTMLFile({ url: `/${page.replace(/\\/g, "/").replace(/index\.html$/, "")}`, content: indexableHtml(html) });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page}: ${added.errors.join("; ")}`);
          pageCount += 1;
        }
        const records = searchRecords(siteData());
        for (const r of records) {
          const added = await index.addCustomRecord({
            url: r.url,
            content: indexText(r.content),
            language: "en",
            meta: { title: indexText(r.title) },
            filters: { type: [r.type] },
          });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${r.url}: ${added.errors.join("; ")}`);
        }
        const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
        await pagefind.close();
        logger.info(`search index covers ${pageCount} pages and ${records.length} figures, events and sources`);
      },
    },
  };
}
