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

/**
 * An entry's permanent id: a tag URI (RFC 4151) minted from the site's host, the entry's date and its path, so a
 * new release of one page is a new entry, and the id holds at most the page's own `#` (appending `#date` to an
 * address that already had a fragment gave ids with a second `#`, which are not valid IRIs).
 */
export function entryId(site: string, url: string, isoDate: string): string {
  const u = new URL(url, site);
  return `tag:${u.hostname},${isoDate}:${u.pathname}${u.search}${u.hash}`;
}

/**
 * Entry timestamps. The content gives a date only, and several entries often share one (every dataset released on
 * one day). Atom readers order and deduplicate by `updated`, so the entries of one day are one second apart, in the
 * feed's own order (the first listed is the latest): still that day, and never taken from the clock.
 */
function stamps(sorted: readonly FeedEntry[]): string[] {
  const perDay = new Map<string, number>();
  for (const e of sorted) perDay.set(e.updated, (perDay.get(e.updated) ?? 0) + 1);
  const seen = new Map<string, number>();
  const two = (n: number) => String(n).padStart(2, "0");
  return sorted.map((e) => {
    const index = seen.get(e.updated) ?? 0;
    seen.set(e.updated, index + 1);
    const seconds = (perDay.get(e.updated) ?? 1) - 1 - index;
    return `${e.updated}T${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}Z`;
  });
}

/** Newest first; ties by URL so the order never depends on input order. */
export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.url < b.url ? -1 : 1));
  const times = stamps(sorted);
  const abs = (u: string) => new URL(u, meta.site).href;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeMarkup(meta.title)}</title>`,
    `  <subtitle>${escapeMarkup(meta.subtitle)}</subtitle>`,
    `  <link rel="self" href="${escapeMarkup(abs("/feed.xml"))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(abs("/"))}"/>`,
    `  <id>${escapeMarkup(abs("/"))}</id>`,
    `  <updated>${times[0] ?? "1970-01-01T00:00:00Z"}</updated>`,
    `  <author><name>${escapeMarkup(meta.author)}</name></author>`,
    ...sorted.map((e, i) =>
      [
        "  <entry>",
        `    <title>${escapeMarkup(e.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeMarkup(abs(e.url))}"/>`,
        `    <id>${escapeMarkup(entryId(meta.site, e.url, e.updated))}</id>`,
        `    <updated>${times[i] ?? ""}</updated>`,
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
