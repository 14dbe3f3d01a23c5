/** /explainers/<slug>/social.png: the explainer's social preview image (1200x630) with the first chart it embeds. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { CHARTS } from "../../../lib/charts/registry.ts";
import { chartFontFiles, svgToPng } from "../../../lib/charts/downloads-png.ts";
import { siteData } from "../../../lib/data/site-data.ts";
import { socialCardSvg } from "../../../lib/embed/social.ts";
import { explainerCard } from "../../../lib/embed/social-cards.ts";

export const getStaticPaths = (async () => {
  const entries = await getCollection("explainers");
  return entries.map((entry) => ({
    params: { slug: entry.id },
    props: { title: entry.data.title, summary: entry.data.summary, body: entry.body ?? "" },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { title, summary, body } = props as { title: string; summary: string; body: string };
  const png = svgToPng(socialCardSvg(explainerCard({ title, summary, body }, siteData(), CHARTS)), chartFontFiles(process.cwd()), 1);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
