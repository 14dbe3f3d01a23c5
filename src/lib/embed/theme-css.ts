/**
 * The stylesheet that lets `?theme=light|dark` override the reader's colour
 * scheme in an embed (served at /embed/theme.css). The site's colours live in
 * src/styles/tokens.css (custom properties under `:root`, dark ones under
 * `prefers-color-scheme: dark`) and the chart colours in the chart theme; this
 * repeats both under `:root[data-theme="light"|"dark"]`, which the embed's
 * script sets, so a forced theme uses exactly the site's colours. Attribute
 * selectors outrank the plain ones, so no `!important` is needed. Print keeps
 * the site's print colours.
 */
import { themeCss } from "../charts/core/theme.ts";

export type Theme = "light" | "dark";

/** `--name: value` declarations inside the first `{...}` after `start` in `css`. */
function customPropertiesAfter(css: string, start: number): [string, string][] {
  const open = css.indexOf("{", start);
  const close = css.indexOf("}", open);
  if (start < 0 || open < 0 || close < 0) return [];
  return [...css.slice(open + 1, close).matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/gi)].map((m) => [m[1] ?? "", (m[2] ?? "").trim()]);
}

/** The site's custom properties for each theme, read from tokens.css: the first `:root` block, and `:root` under prefers-color-scheme: dark. */
export function siteThemeVariables(globalCss: string): Record<Theme, [string, string][]> {
  const css = globalCss.replace(/\/\*[\s\S]*?\*\//g, "");
  const light = customPropertiesAfter(css, css.search(/(^|\n):root\s*\{/));
  const media = css.search(/@media\s*\(prefers-color-scheme:\s*dark\)/);
  const dark = media < 0 ? [] : customPropertiesAfter(css, css.indexOf(":root", media));
  if (light.length === 0 || dark.length === 0) throw new Error("tokens.css: could not find the light and dark :root custom properties");
  return { light, dark };
}

/** The forced-theme stylesheet for embeds. */
export function embedThemeCss(globalCss: string): string {
  const vars = siteThemeVariables(globalCss);
  const scope = (theme: Theme) => `:root[data-theme="${theme}"]`;
  const block = (theme: Theme) => `${scope(theme)}{color-scheme:${theme};${vars[theme].map(([k, v]) => `${k}:${v}`).join(";")}}`;
  return [
    "/* Takedown Explorer embeds: ?theme=light|dark, from the site's and the charts' colours. */",
    "@media screen{",
    block("light"),
    block("dark"),
    themeCss("light", `${scope("light")} .chart`),
    themeCss("dark", `${scope("dark")} .chart`),
    "}",
    "",
  ].join("\n");
}
