import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { WIDTHS } from "../../../src/lib/charts/core/definition.ts";
import { walk } from "../../../src/lib/charts/core/svg-tree.ts";
import { chartFontFiles, svgToPng } from "../../../src/lib/charts/downloads-png.ts";
import { CHARTS } from "../../../src/lib/charts/registry.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import { clampLines, socialCardSvg, socialCardTree, socialImagePath, SOCIAL_SIZE } from "../../../src/lib/embed/social.ts";
import { chartCard, explainerCard, firstArt } from "../../../src/lib/embed/social-cards.ts";
import { embedStylesheet, embedThemeCss, siteThemeVariables } from "../../../src/lib/embed/theme-css.ts";
import { themeCss } from "../../../src/lib/charts/core/theme.ts";

const data = loadFromDisk().datasets;
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const chart = CHARTS[0];
if (!chart) throw new Error("no charts");
const textOf = (svg: string) => [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(" ");

describe("socialImagePath(section, slug)", () => {
  test("one image per chart and explainer; slugs are checked", () => {
    expect(socialImagePath("charts", "a-b")).toBe("/charts/a-b/social.png");
    expect(socialImagePath("explainers", "the-law")).toBe("/explainers/the-law/social.png");
    expect(() => socialImagePath("charts", "../x")).toThrow(RangeError);
  });
});

describe("socialCardSvg(card)", () => {
  test("a chart's card: 1200x630, site name, title, source line and the chart's own marks", () => {
    const card = chartCard(chart, data);
    const svg = socialCardSvg(card);
    expect(svg).toMatch(/<svg[^>]* viewBox="0 0 1200 630" width="1200" height="630"/);
    expect(textOf(svg)).toContain("Takedown Explorer");
    expect(textOf(svg)).toContain(chart.title.split(" ")[0]);
    const plot = chart.build(data, WIDTHS.regular).plot;
    expect(walk(socialCardTree(card)).length).toBeGreaterThan(plot.length);
  });

  test("hostile text is escaped and cut to fit", () => {
    const svg = socialCardSvg({ siteName: "S", title: `<script>alert("x")</script> ${"long ".repeat(80)}`, footer: "&", art: null });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(textOf(svg)).toContain("…");
  });

  test("clampLines keeps at most max lines, the last ending in an ellipsis when cut", () => {
    expect(clampLines("a b c", 1000, 20, 2)).toEqual(["a b c"]);
    const lines = clampLines("word ".repeat(50), 200, 20, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
  });

  test("the PNG is 1200x630 and the same bytes every time", () => {
    const fonts = chartFontFiles(ROOT);
    const svg = socialCardSvg(chartCard(chart, data));
    const png = svgToPng(svg, fonts, 1);
    expect(Buffer.from(png.subarray(12, 16)).toString("ascii")).toBe("IHDR");
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([SOCIAL_SIZE.width, SOCIAL_SIZE.height]);
    expect(Buffer.from(svgToPng(`${svg} `, fonts, 1)).equals(Buffer.from(png))).toBe(true);
  });
});

describe("explainerCard(explainer, data, charts)", () => {
  const head = { title: "An explainer", summary: "What it says, in a sentence or two." };
  test("the first chart the body embeds", () => {
    const body = `Text <Figure claim="nca-2025-year" />.\n\n<Chart id="${CHARTS[1]?.id}" />\n\n<Chart id="${chart.id}" />`;
    expect(firstArt(body)).toEqual({ chart: CHARTS[1]?.id, claim: "nca-2025-year" });
    const card = explainerCard({ ...head, body }, data, CHARTS);
    expect(card.art && "chart" in card.art ? card.art.chart.description : null).toBe(CHARTS[1]?.build(data, WIDTHS.regular).description);
    expect(card.summary).toBe(head.summary);
  });
  test("else the first figure it prints, with its qualifier and unit", () => {
    const row = data.takedowns.find((t) => t.id === "nca-2025-year");
    if (!row) throw new Error("no row nca-2025-year");
    const card = explainerCard({ ...head, body: 'A figure: <Figure claim="nca-2025-year" period />.' }, data, CHARTS);
    expect(card.art && "figure" in card.art ? card.art.figure : null).toMatch(/\d/);
    expect(card.footer).toContain("Source");
  });
  test("else the title and summary alone", () => {
    expect(explainerCard({ ...head, body: "Only words." }, data, CHARTS).art).toBeNull();
  });
  test("every real explainer embeds a chart, drawn on its card", () => {
    for (const file of ["how-takedowns-work", "reading-the-numbers", "the-law", "what-the-adverts-sell", "from-advert-to-courtroom"]) {
      const text = readFileSync(new URL(`../../../content/explainers/${file}.mdx`, import.meta.url), "utf8");
      const body = text.replace(/^---[\s\S]*?---\n/, "");
      expect(firstArt(body).chart, file).not.toBeNull();
    }
  });
});

describe("embedThemeCss(globalCss)", () => {
  const globalCss = readFileSync(new URL("../../../src/styles/tokens.css", import.meta.url), "utf8");
  test("repeats the site's light and dark colours under :root[data-theme]", () => {
    const vars = siteThemeVariables(globalCss);
    expect(Object.fromEntries(vars.light)["--bg"]).toBe("#ffffff");
    expect(Object.fromEntries(vars.dark)["--bg"]).toBe("#111418");
    const css = embedThemeCss(globalCss);
    expect(css).toContain(':root[data-theme="light"]{color-scheme:light;--bg:#ffffff;');
    expect(css).toContain(':root[data-theme="dark"]{color-scheme:dark;--bg:#111418;');
  });
  test("and the charts' colours, scoped so they outrank the page's prefers-color-scheme rules", () => {
    const css = embedThemeCss(globalCss);
    expect(css).toContain(themeCss("dark", ':root[data-theme="dark"] .chart'));
    expect(css).toContain(themeCss("light", ':root[data-theme="light"] .chart'));
    expect(css.startsWith("/*")).toBe(true);
    expect(css).toContain("@media screen{");
  });
  test("refuses a stylesheet without both themes", () => {
    expect(() => siteThemeVariables(":root { --bg: #fff; }")).toThrow(/light and dark/);
  });
});

describe("embedStylesheet(tokensCss, embedCss): the embed page's one stylesheet", () => {
  const tokensCss = readFileSync(new URL("../../../src/styles/tokens.css", import.meta.url), "utf8");
  const embedCss = readFileSync(new URL("../../../src/styles/embed.css", import.meta.url), "utf8");
  // Every file embed.css imports besides the tokens, as src/pages/embed/theme.css.ts hands them over.
  const shared = Object.fromEntries(
    [...embedCss.matchAll(/@import\s+"\.\/([^"]+)";/g)]
      .map((m) => m[1] ?? "")
      .filter((file) => file !== "tokens.css")
      .map((file) => [`./${file}`, readFileSync(new URL(`../../../src/styles/${file}`, import.meta.url), "utf8")]),
  );
  test("shares the site's element rules, table rules, hidden text and print colours", () => {
    expect(Object.keys(shared)).toEqual(["./elements.css", "./data-table.css", "./visually-hidden.css", "./print-colours.css"]);
  });
  const css = embedStylesheet(tokensCss, embedCss, shared);
  test("holds the font faces, the tokens, the base rules and the forced themes, in that order, without the @import", () => {
    const at = (needle: string) => {
      const i = css.indexOf(needle);
      expect(i, needle).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(at('@font-face{font-family: "Source Sans 3"')).toBeLessThan(at(":root{"));
    expect(at("--bg: #ffffff")).toBeLessThan(at(".data-table{"));
    expect(at(".visually-hidden{")).toBeLessThan(at(':root[data-theme="dark"]{'));
    expect(css).toContain(embedThemeCss(tokensCss));
    expect(css).not.toContain("@import");
    expect(css).not.toMatch(/\/\*(?! Takedown Explorer embeds)/); // the theme part's one heading comment only
  });
  test("keeps every declaration of every file (compacting only drops comments and white space)", () => {
    const declarations = (text: string) =>
      [...text.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g)].map((m) => `${m[1]}:${(m[2] ?? "").replace(/\s+/g, " ").replace(/\s*([,>])\s*/g, "$1").trim()}`);
    const served = new Set(declarations(css.replace(/:\s+/g, ": ")));
    for (const d of [tokensCss, embedCss, ...Object.values(shared)].flatMap(declarations)) expect(served.has(d), d).toBe(true);
  });
  test("puts each shared file where embed.css imports it, and refuses an import it was not given", () => {
    expect(css.indexOf(".data-table{")).toBeLessThan(css.indexOf("body{"));
    expect(css).toContain(":root[data-view] .embed-view-heading,.visually-hidden{");
    expect(() => embedStylesheet(tokensCss, embedCss, Object.fromEntries(Object.entries(shared).filter(([file]) => file !== "./visually-hidden.css")))).toThrow("embed.css imports ./visually-hidden.css, which the embed stylesheet was not given");
  });
});
