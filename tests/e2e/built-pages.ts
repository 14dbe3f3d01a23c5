/** The pages of the production build, found by walking dist/ (so a new page is tested without listing it). */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const DIST = join(import.meta.dirname, "../../dist");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** URL paths of every built page except the 404 page, e.g. `/`, `/sources/`. */
export function builtPagePaths(): string[] {
  return htmlFiles(DIST)
    .map((file) => relative(DIST, file).split(sep).join("/"))
    .filter((path) => path !== "404.html")
    .map((path) => `/${path.replace(/(^|\/)index\.html$/, "$1")}`)
    .sort();
}
