/** /charts/<id>/social.png: the chart's social preview image (1200x630), drawn from the real chart. */
import type { APIRoute, GetStaticPaths } from "astro";
import { CHARTS, chartById } from "../../../lib/charts/registry.ts";
import { chartFontFiles, svgToPng } from "../../../lib/charts/downloads-png.ts";
import { siteData } from "../../../lib/data/site-data.ts";
import { socialCardSvg } from "../../../lib/embed/social.ts";
import { chartCard } from "../../../lib/embed/social-cards.ts";

export const getStaticPaths = (() => CHARTS.map((chart) => ({ params: { id: chart.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const chart = chartById(params["id"] ?? "");
  if (!chart) return new Response(null, { status: 404 });
  const png = svgToPng(socialCardSvg(chartCard(chart, siteData())), chartFontFiles(process.cwd()), 1);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
