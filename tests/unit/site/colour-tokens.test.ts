/**
 * The site's colour tokens and the chart theme name the same data colours: `--series-N` in
 * src/styles/tokens.css (light, and dark under prefers-color-scheme) must be SERIES[N-1] of
 * src/lib/charts/core/theme.ts, so a table swatch, a legend in HTML and a chart mark agree. Every
 * role token (`--unit-*`, `--arrivals`, `--conflict`) must point at one of those series.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { SERIES } from "../../../src/lib/charts/core/theme.ts";
import { ARRIVALS_CLASS, UNIT_CLASS } from "../../../src/lib/charts/core/roles.ts";

const css = readFileSync(new URL("../../../src/styles/tokens.css", import.meta.url), "utf8");
// The dark colours are for screens only (`@media screen and (prefers-color-scheme: dark)`): paper keeps the light ones.
const darkStart = css.search(/@media\s*(screen\s+and\s*)?\(prefers-color-scheme:\s*dark\)/);
if (darkStart < 0) throw new Error("tokens.css has no dark block");
const blocks = { light: css.slice(0, darkStart), dark: css.slice(darkStart) };

/** `--name: value;` declarations of one block, the last one winning as in the cascade. */
function declared(block: string): Map<string, string> {
  return new Map([...block.matchAll(/(--[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? "", (m[2] ?? "").trim()]));
}

describe("tokens.css and the chart theme", () => {
  test.each(["light", "dark"] as const)("%s: --series-1..6 are the chart theme's series colours, in order", (theme) => {
    const tokens = declared(blocks[theme]);
    const series = SERIES[theme].map((_c, i) => tokens.get(`--series-${i + 1}`)?.toLowerCase());
    expect(series).toEqual(SERIES[theme].map((c) => c.toLowerCase()));
  });

  test("every data role points at a series colour", () => {
    const tokens = declared(blocks.light);
    const roles = [...tokens].filter(([name]) => /^--(unit-|arrivals|conflict)/.test(name));
    expect(roles.length).toBeGreaterThanOrEqual(6);
    for (const [name, value] of roles) expect(value, name).toMatch(/^var\(--series-[1-6]\)$/);
  });

  test("the HTML role tokens name the series the charts draw each role in (core/roles.ts)", () => {
    const tokens = declared(blocks.light);
    const seriesOf = (token: string) => /^var\(--(series-\d)\)$/.exec(tokens.get(token) ?? "")?.[1];
    expect(seriesOf("--unit-mixed")).toBe(UNIT_CLASS["posts-pages-accounts"]);
    expect(seriesOf("--unit-accounts")).toBe(UNIT_CLASS.accounts);
    expect(seriesOf("--unit-pages")).toBe(UNIT_CLASS.pages);
    expect(seriesOf("--unit-posts")).toBe(UNIT_CLASS.posts);
    expect(seriesOf("--arrivals")).toBe(ARRIVALS_CLASS);
  });
});
