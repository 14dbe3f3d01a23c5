/**
 * /charts/<id>/oembed.json: a static oEmbed response (type "rich") per chart,
 * found from the chart page's <link rel="alternate" type="application/json+oembed">,
 * so a CMS can embed a chart from its URL. Its html is the copied snippet.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { CHARTS, chartById } from "../../../lib/charts/registry.ts";
import { siteData } from "../../../lib/data/site-data.ts";
import { liveEmbedPage } from "../../../lib/embed/site-embeds.ts";
import { oembedJson } from "../../../lib/embed/oembed.ts";

export const getStaticPaths = (() => CHARTS.map((chart) => ({ params: { id: chart.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const chart = chartById(params["id"] ?? "");
  if (!chart) return new Response(null, { status: 404 });
  if (!site) throw new Error("oEmbed responses need Astro's `site` setting: they give absolute URLs.");
  return new Response(oembedJson(liveEmbedPage(chart, siteData()), site), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
