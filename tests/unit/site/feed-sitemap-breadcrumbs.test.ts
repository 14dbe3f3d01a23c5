import { describe, expect, test } from "vitest";
import { breadcrumbs, inSection } from "../../../src/lib/site/breadcrumbs.ts";
import { atomFeed } from "../../../src/lib/site/feed.ts";
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

  test("a NUL or other control character never reaches the XML", () => {
    const xml = atomFeed(meta, [{ url: "/a/", title: "A\u0000B", summary: "s\u0007", updated: "2025-01-01", category: "Explainer" }]);
    expect(xml).toContain("<title>A\uFFFDB</title>");
    expect(xml).toContain("<summary>s\uFFFD</summary>");
    expect([...xml].some((c) => c < " " && c !== "\n")).toBe(false);
  });
});
