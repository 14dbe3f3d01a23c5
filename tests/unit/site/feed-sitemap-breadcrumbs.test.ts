import { describe, expect, test } from "vitest";
import { breadcrumbs, inSection } from "../../../src/lib/site/breadcrumbs.ts";
import { atomFeed, entryId } from "../../../src/lib/site/feed.ts";
import { sitemapXml } from "../../../src/lib/site/sitemap.ts";
import { inSitemap } from "../../../src/integrations/postbuild.ts";

const NAV = [
  { href: "/", label: "Home" },
  { href: "/charts/", label: "Charts" },
];

describe("breadcrumbs(pathname, title, nav)", () => {
  test.each([
    ["/", "Home", []],
    [
      "/charts/",
      "Charts",
      [
        { href: "/", label: "Home", current: false },
        { href: "/charts/", label: "Charts", current: true },
      ],
    ],
    [
      "/charts/x/",
      "Chart X",
      [
        { href: "/", label: "Home", current: false },
        { href: "/charts/", label: "Charts", current: false },
        { href: "/charts/x/", label: "Chart X", current: true },
      ],
    ],
    [
      "/search",
      "Search",
      [
        { href: "/", label: "Home", current: false },
        { href: "/search/", label: "Search", current: true },
      ],
    ],
  ])("%s", (path, title, expected) => {
    expect(breadcrumbs(path, title, NAV)).toEqual(expected);
  });

  test("inSection marks a section's pages but never everything under Home", () => {
    expect(inSection("/charts/", "/charts/x/")).toBe(true);
    expect(inSection("/charts/", "/cases/")).toBe(false);
    expect(inSection("/", "/charts/")).toBe(false);
  });
});

describe("sitemapXml(site, paths) and inSitemap(path)", () => {
  test("lists each page once, sorted, as absolute URLs, escaped", () => {
    expect(sitemapXml("https://ex.org/", ["/b/", "/", "/b/", "/a&b/"])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "  <url><loc>https://ex.org/</loc></url>",
        "  <url><loc>https://ex.org/a&amp;b/</loc></url>",
        "  <url><loc>https://ex.org/b/</loc></url>",
        "</urlset>",
        "",
      ].join("\n"),
    );
  });

  test.each([
    ["/", true],
    ["/charts/x/", true],
    ["/404/", false],
    ["/404.html", false],
    ["/embed/x/", false],
  ])("inSitemap(%s) is %s", (path, listed) => expect(inSitemap(path)).toBe(listed));
});

describe("atomFeed(meta, entries)", () => {
  const meta = { site: "https://ex.org/", title: "T & co", subtitle: "S", author: "A" };
  test("orders newest first, escapes text, and dates the feed by its newest entry", () => {
    const xml = atomFeed(meta, [
      { url: "/a/", title: "Old <one>", summary: "s", updated: "2025-01-01", category: "Explainer" },
      { url: "/b/", title: "New", summary: "s & t", updated: "2026-02-03", category: "Data update" },
    ]);
    expect(xml).toContain("<title>T &amp; co</title>");
    expect(xml).toContain("<updated>2026-02-03T00:00:00Z</updated>");
    expect(xml.indexOf("<title>New</title>")).toBeLessThan(xml.indexOf("<title>Old &lt;one&gt;</title>"));
    expect(xml).toContain('<link rel="self" href="https://ex.org/feed.xml"/>');
    expect(xml).toContain("<summary>s &amp; t</summary>");
  });

  // The W3C feed validator warned of ids with a second `#` and of entries sharing one `updated` value.
  test("entry ids are tag URIs with at most one #, distinct for each page and date", () => {
    expect(entryId("https://ex.org/", "/data/prices/1.1.0/", "2026-12-04")).toBe("tag:ex.org,2026-12-04:/data/prices/1.1.0/");
    expect(entryId("https://ex.org/", "/data/prices/#changelog", "2026-12-04")).toBe("tag:ex.org,2026-12-04:/data/prices/#changelog");
    const xml = atomFeed(meta, [
      { url: "/a/#part", title: "A", summary: "s", updated: "2026-01-01", category: "Data update" },
      { url: "/a/#part", title: "A again", summary: "s", updated: "2026-02-01", category: "Data update" },
      { url: "/b/", title: "B", summary: "s", updated: "2026-02-01", category: "Explainer" },
    ]);
    const ids = [...xml.matchAll(/<entry>[\s\S]*?<id>([^<]*)<\/id>/g)].map((m) => m[1] ?? "");
    expect(ids).toEqual(["tag:ex.org,2026-02-01:/a/#part", "tag:ex.org,2026-02-01:/b/", "tag:ex.org,2026-01-01:/a/#part"]);
    expect(ids.filter((id) => id.split("#").length > 2)).toEqual([]);
  });

  test("entries of one day get distinct updated times, latest first, on that day; the feed takes the latest", () => {
    const entries = ["/c/", "/a/", "/b/"].map((url) => ({ url, title: url, summary: "s", updated: "2026-12-04", category: "Data update" as const }));
    const xml = atomFeed(meta, [...entries, { url: "/old/", title: "old", summary: "s", updated: "2026-11-21", category: "Explainer" }]);
    const updated = [...xml.matchAll(/<updated>([^<]*)<\/updated>/g)].map((m) => m[1]);
    expect(updated).toEqual([
      "2026-12-04T00:00:02Z", // the feed: its newest entry
      "2026-12-04T00:00:02Z", // /a/
      "2026-12-04T00:00:01Z", // /b/
      "2026-12-04T00:00:00Z", // /c/
      "2026-11-21T00:00:00Z",
    ]);
    expect(new Set(updated.slice(1)).size).toBe(4);
  });

  test("a NUL or other control character never reaches the XML", () => {
    const xml = atomFeed(meta, [{ url: "/a/", title: "A\u0000B", summary: "s\u0007", updated: "2025-01-01", category: "Explainer" }]);
    expect(xml).toContain("<title>A\uFFFDB</title>");
    expect(xml).toContain("<summary>s\uFFFD</summary>");
    expect([...xml].some((c) => c < " " && c !== "\n")).toBe(false);
  });
});
