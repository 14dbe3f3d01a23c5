/**
 * An Atom feed of explainers and data updates. Entry dates come from the
 * content (explainer dates, changelog dates), never from the build, so two
 * builds of one commit give the same feed.
 */
import { escapeMarkup } from "../format/markup.ts";

export interface FeedEntry {
  /** Absolute or site-relative URL; also the entry's id. */
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** ISO date, YYYY-MM-DD. */
  readonly updated: string;
  readonly category: "Explainer" | "Data update";
}

export interface FeedMeta {
  readonly site: string;
  readonly title: string;
  readonly subtitle: string;
  readonly author: string;
}

const stamp = (isoDate: string) => `${isoDate}T00:00:00Z`;

/** Newest first; ties by URL so the order never depends on input order. */
export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.url < b.url ? -1 : 1));
  const updated = sorted[0]?.updated ?? "1970-01-01";
  const abs = (u: string) => new URL(u, meta.site).href;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeMarkup(meta.title)}</title>`,
    `  <subtitle>${escapeMarkup(meta.subtitle)}</subtitle>`,
    `  <link rel="self" href="${escapeMarkup(abs("/feed.xml"))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(abs("/"))}"/>`,
    `  <id>${escapeMarkup(abs("/"))}</id>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${escapeMarkup(meta.author)}</name></author>`,
    ...sorted.map((e) =>
      [
        "  <entry>",
        `    <title>${escapeMarkup(e.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeMarkup(abs(e.url))}"/>`,
        `    <id>${escapeMarkup(`${abs(e.url)}#${e.updated}`)}</id>`,
        `    <updated>${stamp(e.updated)}</updated>`,
        `    <category term="${escapeMarkup(e.category)}"/>`,
        `    <summary>${escapeMarkup(e.summary)}</summary>`,
        "  </entry>",
      ].join("\n"),
    ),
    "</feed>",
    "",
  ];
  return lines.join("\n");
}
