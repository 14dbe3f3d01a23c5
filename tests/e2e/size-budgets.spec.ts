/**
 * Size budgets over the built site (bytes, not times), and what a page may
 * load: CSS <= 15 KB gzipped per page; a chart page's HTML <= 60 KB gzipped;
 * an embed page <= 20 KB gzipped in total; nothing render-blocking beyond the
 * HTML and one stylesheet; no script file outside search, the case filters and
 * embeds; every resource from the site's own origin.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { builtPagePaths, fileFor, htmlOf, markupOf } from "./site-files.ts";

const KB = 1024;
const gz = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;
const fileGz = (url: string) => {
  const file = fileFor(url);
  if (!file) throw new Error(`${url} is not built`);
  return gz(readFileSync(file));
};
const attr = (tags: string, re: RegExp) => [...tags.matchAll(re)].map((m) => m[1] ?? "");

interface Loaded {
  readonly html: string;
  /** The HTML with inline scripts emptied: their code may spell out tags of its own (the embed snippet's). */
  readonly markup: string;
  readonly stylesheets: string[];
  readonly scripts: string[];
  readonly inlineCss: string;
  readonly inlineJs: string;
}

function loaded(page: string): Loaded {
  const html = htmlOf(page);
  const markup = markupOf(html);
  return {
    html,
    markup,
    stylesheets: attr(markup, /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
    scripts: attr(markup, /<script\b[^>]*\bsrc="([^"]+)"/g),
    inlineCss: [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? "").join(""),
    inlineJs: [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "").join(""),
  };
}

const pages = builtPagePaths();

test("every page's CSS is at most 15 KB gzipped", () => {
  const over = pages
    .map((p) => {
      const l = loaded(p);
      return { p, bytes: gz(l.inlineCss) + l.stylesheets.reduce((n, s) => n + fileGz(s), 0) };
    })
    .filter((x) => x.bytes > 15 * KB);
  expect(over).toEqual([]);
});

test("a chart page's HTML is at most 60 KB gzipped", () => {
  const charts = pages.filter((p) => /^\/charts\/[^/]+\/$/.test(p));
  expect(charts.length).toBeGreaterThanOrEqual(5);
  for (const p of charts) expect(gz(htmlOf(p)), p).toBeLessThanOrEqual(60 * KB);
});

test("an embed page is at most 20 KB gzipped in total", () => {
  const embeds = pages.filter((p) => p.startsWith("/embed/"));
  expect(embeds.length).toBeGreaterThanOrEqual(5);
  for (const p of embeds) {
    const l = loaded(p);
    const total = gz(l.html) + [...l.stylesheets, ...l.scripts].reduce((n, s) => n + fileGz(new URL(s, "http://x/").pathname), 0);
    expect(total, p).toBeLessThanOrEqual(20 * KB);
  }
});

test("nothing is render-blocking beyond the HTML and one stylesheet", () => {
  for (const p of pages) {
    const { markup, stylesheets } = loaded(p);
    expect(stylesheets.length, p).toBeLessThanOrEqual(1);
    // Classic scripts with a src and neither async nor defer block rendering; modules are deferred.
    const blocking = [...markup.matchAll(/<script\b([^>]*)\bsrc="[^"]+"([^>]*)>/g)].filter((m) => !/\b(async|defer|type="module")/.test(`${m[1]}${m[2]}`));
    expect(blocking.map((m) => m[0]), p).toEqual([]);
  }
});

// A script file costs a phone a round trip before the page settles, so each component's script is written into the
// page (src/components/CopyAndSort.astro says how). Only the search and case-filter scripts, which share a module, and
// the embeds' own scripts are files.
const SCRIPT_FILES_ALLOWED = /^\/(search\/|cases\/|embed\/)/;

test("pages fetch no script file, apart from search, the case filters and embeds", () => {
  const fetching = pages.filter((p) => !SCRIPT_FILES_ALLOWED.test(p) && loaded(p).scripts.length > 0);
  expect(fetching.map((p) => `${p}: ${loaded(p).scripts.join(", ")}`)).toEqual([]);
  const chartPages = pages.filter((p) => /^\/charts\/[^/]+\/$/.test(p));
  for (const p of chartPages) expect(loaded(p).inlineJs.length, p).toBeGreaterThan(1024);
});

test("every page loads scripts, styles, images and frames from its own origin only", () => {
  for (const p of pages) {
    const { markup } = loaded(p);
    const urls = [
      ...attr(markup, /<script\b[^>]*\bsrc="([^"]+)"/g),
      ...attr(markup, /<link\b[^>]*rel="(?:stylesheet|icon|preload|modulepreload)"[^>]*href="([^"]+)"/g),
      ...attr(markup, /<img\b[^>]*\bsrc="([^"]+)"/g),
      ...attr(markup, /<iframe\b[^>]*\bsrc="([^"]+)"/g),
    ];
    expect(urls.filter((u) => !u.startsWith("/") || u.startsWith("//")), p).toEqual([]);
  }
});
