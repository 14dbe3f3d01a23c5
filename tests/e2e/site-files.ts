/** Reads the built site from dist/ without a browser: pages, their links and their ids. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DIST, builtPagePaths } from "./built-pages.ts";

const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

/** The file a site path is served from, or null when nothing is built there. */
export function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? "/");
  const direct = join(DIST, clean);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(direct, "index.html");
  return existsSync(index) ? index : null;
}

export function htmlOf(path: string): string {
  const file = fileFor(path);
  if (!file) throw new Error(`no built page at ${path}`);
  return readFileSync(file, "utf8");
}

/** A page's HTML with inline script bodies emptied: their code may spell out markup of its own (the embed snippet's
 *  iframe tag and its style attribute), which is text in a script, not part of the page. */
export function markupOf(html: string): string {
  return html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, "$1$2");
}

/** Every href in a page's markup (a, link), decoded. */
export function hrefsIn(html: string): string[] {
  return [...html.matchAll(/<(?:a|link)\b[^>]*?\shref="([^"]*)"/g)].map((m) => decode(m[1] ?? ""));
}

/** Every id in a page's markup. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1] ?? "")));
}

export { builtPagePaths };
