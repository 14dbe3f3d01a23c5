import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { compactNumber } from "../../../src/lib/charts/core/axes.ts";
import { chartFontFiles, svgToPng } from "../../../src/lib/charts/downloads-png.ts";
import { markStyle, qualifierLegend } from "../../../src/lib/charts/core/marks.ts";
import { el, renderSvg } from "../../../src/lib/charts/core/svg-tree.ts";
import { textWidth, truncate, wrapText } from "../../../src/lib/charts/core/text.ts";
import { pageChartCss } from "../../../src/lib/charts/core/theme.ts";
import { placedTexts } from "./layout.ts";

describe("el(tag, attrs, ...children) and renderSvg(node)", () => {
  test("escapes text and attribute values", () => {
    const node = el("text", { x: 1.005, class: '"><script>' }, "</text><script>alert(1)</script> & 'q'");
    expect(renderSvg(node)).toBe(
      '<text x="1" class="&quot;&gt;&lt;script&gt;">&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;q&#39;</text>',
    );
  });

  test("writes characters XML forbids as U+FFFD, so the SVG still parses and rasterises", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">${renderSvg(el("text", { x: 1, y: 10, "aria-label": "a\u0000b" }, "A\u0001\u001b\ud800 title"))}</svg>`;
    expect(svg).toContain("<text x=\"1\" y=\"10\" aria-label=\"a\uFFFDb\">A\uFFFD\uFFFD\uFFFD title</text>");
    expect(svgToPng(svg, chartFontFiles(join(import.meta.dirname, "../../..")), 1).length).toBeGreaterThan(0);
  });

  test.each(["onload", "ONCLICK", "href", "xlink:href", "style attr"])("refuses the attribute %j", (name) => {
    expect(() => el("g", { [name]: "x" })).toThrow(/not allowed/);
  });

  test("drops null and undefined attributes and false children, refuses non-finite numbers", () => {
    expect(renderSvg(el("g", { a: undefined, b: null, c: 0 }, false, null, "x"))).toBe('<g c="0">x</g>');
    expect(() => el("rect", { width: Number.NaN })).toThrow(/NaN/);
  });
});

describe("textWidth, wrapText, truncate", () => {
  test("wider characters measure wider, bold wider still", () => {
    expect(textWidth("MMM", 10)).toBeGreaterThan(textWidth("iii", 10));
    expect(textWidth("abc", 10, true)).toBeGreaterThan(textWidth("abc", 10));
  });

  test("wraps words to the width and cuts a word longer than a line", () => {
    expect(wrapText("one two three four", textWidth("one two", 10), 10)).toEqual(["one two", "three", "four"]);
    const long = "x".repeat(50);
    const lines = wrapText(long, 100, 10);
    expect(lines.join("")).toBe(long);
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(100);
  });

  test("truncates with an ellipsis only when needed", () => {
    expect(truncate("short", 100, 10)).toBe("short");
    expect(truncate("a rather long label indeed", 60, 10)).toMatch(/…$/);
  });

  test("truncate keeps the longest prefix that fits with its ellipsis, in whole characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.integer({ min: 5, max: 300 }), (text, width) => {
        const out = truncate(text, width, 10);
        if (out === text) {
          expect(textWidth(text, 10)).toBeLessThanOrEqual(width);
          return;
        }
        const kept = [...out.slice(0, -1)];
        const all = [...text];
        expect(all.slice(0, kept.length).join("")).toBe(kept.join(""));
        // Fits, unless even the ellipsis alone does not; one more character would not.
        if (kept.length > 0) expect(textWidth(out, 10)).toBeLessThanOrEqual(width);
        expect(textWidth(`${all.slice(0, kept.length + 1).join("")}…`, 10)).toBeGreaterThan(width);
      }),
      { numRuns: 300 },
    );
  });

  test("wrapText never splits a character in two, and a character wider than the line still ends", () => {
    expect(wrapText("🙂".repeat(10), 20, 10)).toEqual(Array(5).fill("🙂🙂"));
    expect(wrapText("MMM", 5, 10)).toEqual(["M", "M", "M"]);
  });

  test("a megabyte of text is fitted in linear time, not re-measured once per character", () => {
    const huge = "Operation ".repeat(50_000) + "x".repeat(500_000);
    const started = performance.now();
    expect(truncate(huge, 300, 12).length).toBeLessThan(60);
    const lines = wrapText(huge, 300, 12);
    expect(lines.join("").replaceAll(" ", "")).toBe(huge.replaceAll(" ", ""));
    // Quadratic fitting took hours on this input; linear takes well under a second, even on a loaded machine.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe("markStyle(qualifier)", () => {
  test.each([
    ["exact", "exact", true, ""],
    ["almost", "approximate", false, "≈"],
    ["nearly", "approximate", false, "≈"],
    ["around", "approximate", false, "≈"],
    ["more-than", "lower-bound", false, ">"],
    ["up-to", "upper-bound", false, "≤"],
    ["from", "starting-point", false, "≥"],
  ] as const)("%s -> %s mark, filled %s, symbol %j", (q, kind, filled, symbol) => {
    expect(markStyle(q)).toMatchObject({ kind, filled, symbol });
  });

  test("the legend lists each kind present once, in a fixed order", () => {
    expect(qualifierLegend(["more-than", "almost", "nearly", "exact"]).map((s) => s.kind)).toEqual(["exact", "approximate", "lower-bound"]);
  });
});

describe("compactNumber(n)", () => {
  test.each([
    [0, "0"],
    [950, "950"],
    [5000, "5k"],
    [2500, "2.5k"],
    [12000, "12k"],
    [1500000, "1.5m"],
  ])("%d -> %s", (n, s) => expect(compactNumber(n)).toBe(s));
});

describe("placedTexts(node) (the test helper behind the label-bounds rule)", () => {
  test("applies translations and anchors, so a label pushed outside is caught", () => {
    const tree = el("g", { transform: "translate(10,20)" }, el("text", { x: -15, y: 0, "font-size": 10 }, "abc"));
    const [t] = placedTexts(tree);
    expect(t?.left).toBe(-5);
    expect(t?.top).toBe(12);
  });
});

test("src/styles/charts.css is what the theme generates (run `npm run charts:css`)", () => {
  expect(readFileSync(new URL("../../../src/styles/charts.css", import.meta.url), "utf8")).toBe(pageChartCss());
});

test("chart colours: light by default, dark only on screens that prefer it, so print needs no second copy of the light ones", () => {
  const css = pageChartCss();
  const mediaQueries = [...css.matchAll(/@media[^{]*/g)].map((m) => m[0].trim());
  expect(mediaQueries).toEqual(["@media screen and (prefers-color-scheme: dark)"]);
  expect(css.indexOf(".chart .series-1{")).toBeLessThan(css.indexOf("@media"));
});
