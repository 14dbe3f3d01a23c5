/** Page weight of built pages, without a browser: requests, bytes gzipped and script bytes per page type. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  readonly page: string;
  readonly requests: number;
  readonly htmlGz: number;
  readonly cssGz: number;
  readonly jsGz: number;
  readonly totalGz: number;
}

const gz = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;

function fileBytes(dist: string, url: string): Uint8Array | null {
  const path = join(dist, url.split(/[?#]/)[0] ?? "");
  return url.startsWith("/") && existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
}

/** Weight of `page` (a site path) in `dist`: the HTML plus every stylesheet, script and image it loads up front. */
export function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page, page.endsWith(".html") ? "" : "index.html"), "utf8");
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? "");
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? "");
  const imgs = [...html.matchAll(/<img[^>]+src="([^"]+)"/g)].filter((m) => !m[0].includes('loading="lazy"')).map((m) => m[1] ?? "");
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "").join("");
  const size = (urls: string[]) => urls.reduce((n, u) => n + gz(fileBytes(dist, u) ?? new Uint8Array()), 0);
  const cssGz = size(css);
  const jsGz = size(js) + (inlineJs ? gz(inlineJs) : 0);
  const htmlGz = gz(html);
  return { page, requests: 1 + css.length + js.length + imgs.length, htmlGz, cssGz, jsGz, totalGz: htmlGz + cssGz + size(js) + size(imgs) };
}
