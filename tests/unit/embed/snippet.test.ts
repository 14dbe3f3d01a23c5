import { describe, expect, test } from "vitest";
import { CHARTS } from "../../../src/lib/charts/registry.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import { embedPage } from "../../../src/lib/embed/embed-page.ts";
import { oembed, oembedJson, oembedPath } from "../../../src/lib/embed/oembed.ts";
import { EMBED_THEMES, EMBED_VIEWS } from "../../../src/lib/embed/protocol.ts";
import {
  DEFAULT_EMBED,
  embedPath,
  embedQuery,
  embedSnippet,
  embedSrc,
  embedTitle,
  isEmbedVersion,
  listenerSrc,
  siteOrigin,
  type SnippetChart,
} from "../../../src/lib/embed/snippet.ts";

const ORIGIN = "https://takedown-explorer.example";
const CHART: SnippetChart = {
  id: "takedowns-over-time",
  title: "Takedowns reported over time",
  heights: { chart: { initial: 690, fixed: 810 }, table: { initial: 1200, fixed: 720 } },
};

describe("embedPath(chartId, version) and embedQuery(options)", () => {
  test.each([
    ["a-chart", undefined, "/embed/a-chart/"],
    ["a-chart", "live", "/embed/a-chart/"],
    ["a-chart", "1.0.0", "/embed/a-chart/1.0.0/"],
    ["a-chart", "12.3.45", "/embed/a-chart/12.3.45/"],
  ])("%s at %s: %s", (id, version, path) => {
    expect(embedPath(id, version)).toBe(path);
  });
  test.each([
    ["A chart", "live"],
    ["a/../b", "live"],
    ["a", "1.0"],
    ["a", "latest"],
    ["a", "1.0.0/../x"],
  ])("refuses chart %j at version %j", (id, version) => {
    expect(() => embedPath(id, version)).toThrow(RangeError);
  });
  test("writes both options, always, view first", () => {
    for (const view of EMBED_VIEWS) for (const theme of EMBED_THEMES) expect(embedQuery({ view, theme })).toBe(`?view=${view}&theme=${theme}`);
    expect(() => embedQuery({ view: "map" as "chart", theme: "auto" })).toThrow(RangeError);
    expect(() => embedQuery({ view: "chart", theme: "sepia" as "auto" })).toThrow(RangeError);
  });
  test("isEmbedVersion", () => {
    expect(["live", "1.0.0", "2.10.3"].map(isEmbedVersion)).toEqual([true, true, true]);
    expect(["", "v1.0.0", "1.0", "LIVE"].map(isEmbedVersion)).toEqual([false, false, false, false]);
  });
  test("siteOrigin drops any path; only http(s)", () => {
    expect(siteOrigin("https://takedown-explorer.example/some/path/")).toBe(ORIGIN);
    expect(siteOrigin(new URL("http://127.0.0.1:4391/"))).toBe("http://127.0.0.1:4391");
    expect(() => siteOrigin("ftp://example.com/")).toThrow(RangeError);
  });
});

describe("embedSnippet(chart, options, origin, script)", () => {
  test("the live snippet: iframe with title, lazy loading, full width, initial height, then the listener", () => {
    expect(embedSnippet(CHART, DEFAULT_EMBED, ORIGIN)).toBe(
      `<iframe src="${ORIGIN}/embed/takedowns-over-time/?view=chart&theme=auto" title="Takedowns reported over time: chart from Takedown Explorer" loading="lazy" style="width:100%;border:0" height="690"></iframe>\n` +
        `<script src="${ORIGIN}/embed.js" async></script>`,
    );
  });
  test("without script: the iframe alone at the fixed height", () => {
    expect(embedSnippet(CHART, DEFAULT_EMBED, ORIGIN, false)).toBe(
      `<iframe src="${ORIGIN}/embed/takedowns-over-time/?view=chart&theme=auto" title="Takedowns reported over time: chart from Takedown Explorer" loading="lazy" style="width:100%;border:0" height="810"></iframe>`,
    );
  });
  test("pinned, table view, dark theme: the version in the path, the options written out, the table's heights", () => {
    const snippet = embedSnippet(CHART, { view: "table", theme: "dark", version: "1.0.0" }, ORIGIN);
    expect(snippet).toContain(`src="${ORIGIN}/embed/takedowns-over-time/1.0.0/?view=table&theme=dark"`);
    expect(snippet).toContain('height="1200"');
    expect(snippet).toContain('title="Takedowns reported over time: table from Takedown Explorer"');
  });
  test("a title is escaped for its attribute; the address needs no escaping", () => {
    const hostile = { ...CHART, title: `"><script>alert(1)</script> & co` };
    const snippet = embedSnippet(hostile, DEFAULT_EMBED, ORIGIN);
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co: chart from Takedown Explorer"');
    expect(snippet.match(/<script/g)).toHaveLength(1);
  });
  test("the pieces: site-relative without an origin", () => {
    expect(embedSrc("a", DEFAULT_EMBED)).toBe("/embed/a/?view=chart&theme=auto");
    expect(listenerSrc()).toBe("/embed.js");
    expect(embedTitle("T", "table")).toBe("T: table from Takedown Explorer");
  });
});

describe("oembed(chart, site)", () => {
  test("a rich oEmbed response whose html is the copied snippet and whose thumbnail is the social image", () => {
    expect(oembed(CHART, `${ORIGIN}/`)).toEqual({
      type: "rich",
      version: "1.0",
      title: CHART.title,
      provider_name: "Takedown Explorer",
      provider_url: `${ORIGIN}/`,
      html: embedSnippet(CHART, DEFAULT_EMBED, ORIGIN),
      width: 720,
      height: 690,
      thumbnail_url: `${ORIGIN}/charts/takedowns-over-time/social.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(JSON.parse(oembedJson(CHART, ORIGIN))).toEqual(oembed(CHART, ORIGIN));
    expect(oembedJson(CHART, ORIGIN).endsWith("}\n")).toBe(true);
    expect(oembedPath("a")).toBe("/charts/a/oembed.json");
  });
});

describe("every real chart", () => {
  const data = loadFromDisk().datasets;
  test.each(CHARTS.map((c) => [c.id, c] as const))("%s has sane embed heights and a snippet for every option", (_, chart) => {
    const page = embedPage(chart, data, { version: "live", collection: "1.0.0", date: "2026-11-21" }, data);
    for (const view of EMBED_VIEWS) {
      const { initial, fixed } = page.heights[view];
      expect(initial % 10).toBe(0);
      expect(initial).toBeGreaterThanOrEqual(300);
      expect(initial).toBeLessThanOrEqual(1200);
      expect(fixed).toBeGreaterThanOrEqual(300);
      for (const theme of EMBED_THEMES) {
        expect(embedSnippet(page, { view, theme, version: "1.0.0" }, ORIGIN)).toContain(`/embed/${chart.id}/1.0.0/?view=${view}&theme=${theme}"`);
      }
    }
  });
});
