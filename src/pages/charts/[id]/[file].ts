/**
 * Chart downloads, written at build time: /charts/<id>/<id>-<dataset>.csv (the
 * rows drawn), /charts/<id>/<id>.svg and /charts/<id>/<id>.png (the image with
 * title, source line, notes, date and site name inside).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { chartById, CHARTS } from "../../../lib/charts/registry.ts";
import { CONTENT_TYPES, chartDownloads, downloadBody } from "../../../lib/charts/downloads.ts";
import { chartFontFiles, svgToPng } from "../../../lib/charts/downloads-png.ts";
import { siteData } from "../../../lib/data/site-data.ts";

export const getStaticPaths = (() =>
  CHARTS.flatMap((chart) => chartDownloads(chart, siteData()).map((d) => ({ params: { id: chart.id, file: d.file } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const data = siteData();
  const chart = chartById(params["id"] ?? "");
  const download = chart && chartDownloads(chart, data).find((d) => d.file === params["file"]);
  if (!chart || !download) return new Response(null, { status: 404 });
  const fonts = chartFontFiles(process.cwd());
  const body = downloadBody(download, chart, data, site, (svg) => svgToPng(svg, fonts));
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { headers: { "Content-Type": CONTENT_TYPES[download.kind] } });
};
