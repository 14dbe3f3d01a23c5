/** sitemap.xml from the list of built pages: every page once, sorted, absolute URLs, nothing that is not built. */
import { escapeMarkup } from "../format/markup.ts";

/** `paths` are URL paths of built pages, e.g. `/`, `/charts/x/`. Pages that must not be listed (404, embeds) are left out by the caller. */
export function sitemapXml(site: string, paths: readonly string[]): string {
  const urls = [...new Set(paths)].sort().map((p) => `  <url><loc>${escapeMarkup(new URL(p, site).href)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, "</urlset>", ""].join("\n");
}
