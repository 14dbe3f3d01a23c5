import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { compactNumber } from "../../../src/lib/charts/core/axes.ts";
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
