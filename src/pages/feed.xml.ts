/** /feed.xml: an Atom feed of explainers (by their updated date) and data updates (every changelog entry). */
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { CHANGE_KIND_LABELS } from "../lib/catalogue/changelog.ts";
import { releaseHref } from "../lib/catalogue/release-pages.ts";
import { loadChangelog } from "../lib/catalogue/site-catalogue.ts";
import { SCHEMAS } from "../lib/data/schemas.ts";
import { atomFeed, type FeedEntry } from "../lib/site/feed.ts";
import { AUTHOR, SITE_NAME } from "../lib/identity/site.ts";

export const GET: APIRoute = async ({ site }) => {
  const explainers = await getCollection("explainers");
  const entries: FeedEntry[] = explainers.map((e) => ({
    url: `/explainers/${e.id}/`,
    title: e.data.title,
    summary: e.data.summary,
    updated: e.data.updated,
    category: "Explainer",
  }));
  for (const change of loadChangelog()) {
    const title = SCHEMAS.find((s) => s.name === change.dataset)?.title ?? change.dataset;
    entries.push({
      url: releaseHref(change.dataset, change.version),
      title: `${title}, version ${change.version} (${CHANGE_KIND_LABELS[change.kind]})`,
      summary: change.summary,
      updated: change.date,
      category: "Data update",
    });
  }
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
