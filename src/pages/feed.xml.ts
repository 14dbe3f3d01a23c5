/** /feed.xml: an Atom feed of explainers (by their updated date) and, when versioned, data updates. */
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { atomFeed, type FeedEntry } from "../lib/site/feed.ts";
import { AUTHOR, SITE_NAME } from "../lib/site/identity.ts";

export const GET: APIRoute = async ({ site }) => {
  const explainers = await getCollection("explainers");
  const entries: FeedEntry[] = explainers.map((e) => ({
    url: `/explainers/${e.id}/`,
    title: e.data.title,
    summary: e.data.summary,
    updated: e.data.updated,
    category: "Explainer",
  }));
  const body = atomFeed(
    {
      site: site?.href ?? "http://localhost/",
      title: SITE_NAME,
      subtitle: "Explainers and data updates on people-smuggling adverts online and their removal.",
      author: AUTHOR,
    },
    entries,
  );
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
