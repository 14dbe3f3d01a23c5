/**
 * After the pages are written: the CSP <meta> moved to the top of every page's
 * head (see lib/site/csp-first.ts), the sitemap (from Astro's own list of built
 * pages, so it lists every page and nothing else) and the Pagefind search
 * index (built from the HTML, so search sees exactly what readers see).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { sitemapXml } from "../lib/site/sitemap.ts";
import { cspMetaFirst } from "../lib/site/csp-first.ts";

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
        const added = await index.addDirectory({ path: out });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
        await pagefind.close();
        logger.info(`search index covers ${added.page_count} pages`);
      },
    },
  };
}
