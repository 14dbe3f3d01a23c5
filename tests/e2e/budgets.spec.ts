/**
 * JavaScript budget: all the enhancement scripts a built page loads, together,
 * stay at or under 8 KB gzipped. Counted from dist/ (sizes, not timings):
 * inline module scripts, `<script src>` files and every file they import
 * statically. Modules fetched by a dynamic `import()` only when the reader acts
 * (the search index on /search/) are listed but not counted.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { DIST, builtPagePaths } from "./built-pages.ts";

const BUDGET = 8 * 1024;

const gzipped = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;

/** The dist/ file a script URL points at, or null for another origin. */
function distFile(url: string, from: string): string | null {
  if (/^[a-z]+:/i.test(url) || url.startsWith("//")) return null;
  return url.startsWith("/") ? join(DIST, url) : join(dirname(from), url);
}

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*[`"']([^`"']+)[`"']\s*\)/g;

interface Count {
  readonly files: Map<string, number>;
  readonly onDemand: Set<string>;
}

/** Adds `code` (found in `file`) and everything it imports statically. */
function follow(code: string, file: string, count: Count): void {
  for (const [, url] of code.matchAll(DYNAMIC_IMPORT)) if (url) count.onDemand.add(url);
  for (const [, url] of code.matchAll(STATIC_IMPORT)) {
    const path = url && distFile(url, file);
    if (!path || count.files.has(path)) continue;
    if (!existsSync(path)) throw new Error(`${file} imports ${url}, which is not in dist/`);
    const text = readFileSync(path, "utf8");
    count.files.set(path, gzipped(text));
    follow(text, path, count);
  }
}

function pageScripts(pagePath: string): Count {
  const htmlFile = join(DIST, pagePath, pagePath.endsWith(".html") ? "" : "index.html");
  const html = readFileSync(htmlFile, "utf8");
  const count: Count = { files: new Map(), onDemand: new Set() };
  let inline = 0;
  for (const [, attrs = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = /\btype=["']?([^"'\s>]+)/.exec(attrs)?.[1] ?? "text/javascript";
    if (type !== "module" && type !== "text/javascript") continue; // JSON-LD and other data blocks are not code.
    const src = /\bsrc=["']?([^"'\s>]+)/.exec(attrs)?.[1];
    if (src) {
      follow(`import "${src}";`, htmlFile, count);
    } else {
      inline++;
      count.files.set(`${htmlFile}#inline-${inline}`, gzipped(body));
      follow(body, htmlFile, count);
    }
  }
  return count;
}

for (const path of builtPagePaths()) {
  test(`page ${path} loads at most 8 KB of JavaScript, gzipped`, () => {
    const { files, onDemand } = pageScripts(path);
    const total = [...files.values()].reduce((a, b) => a + b, 0);
    test.info().annotations.push({ type: "js-gzip-bytes", description: `${total} (${files.size} scripts)${onDemand.size ? `; on demand: ${[...onDemand].join(", ")}` : ""}` });
    expect(total, [...files].map(([f, n]) => `${f.replace(DIST, "")}: ${n}`).join("\n")).toBeLessThanOrEqual(BUDGET);
  });
}

test("the chart page scripts are counted (the budget test sees inline modules)", () => {
  const chartPage = builtPagePaths().find((p) => /^\/charts\/[^/]+\/$/.test(p));
  expect(chartPage).toBeDefined();
  const { files } = pageScripts(chartPage ?? "");
  expect([...files.keys()].some((f) => f.includes("#inline-"))).toBe(true);
  // Tabs, tooltips, copy buttons and embed options together: well over a kilobyte, gzipped.
  expect([...files.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(1024);
});
