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
  const media = css.search(/@media\s*(screen\s+and\s*)?\(prefers-color-scheme:\s*dark\)/);
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

/** CSS without comments and with runs of white space made one space: what a browser reads, in fewer bytes. */
function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .trim();
}

/** embed.css's import of the tokens, which this stylesheet puts first itself. */
const TOKENS_IMPORT = "./tokens.css";

/**
 * The embed page's one stylesheet, /embed/theme.css: the site's tokens (text
 * face, type scale, space, colours, light and dark), the embed's base rules
 * (src/styles/embed.css) and the forced themes. They were inlined into every
 * embed page, in a chunk close to the size at which the build stops inlining
 * and links a second stylesheet instead; served here once, they are cached
 * across every embed on a host page and can grow without adding a request.
 * The embed's layout and chart styles stay inline (scoped to its components).
 * `imported` holds the text of every other file embed.css imports (the rules it
 * shares with the site's stylesheet), by the path as written; each goes where
 * its @import stands, and an import not given stops the build.
 */
export function embedStylesheet(tokensCss: string, embedCss: string, imported: Readonly<Record<string, string>> = {}): string {
  const base = embedCss.replace(/@import\s+["']([^"']+)["'];/g, (_, path: string) => {
    if (path === TOKENS_IMPORT) return "";
    const text = imported[path];
    if (text === undefined) throw new Error(`embed.css imports ${path}, which the embed stylesheet was not given`);
    return text;
  });
  return `${compactCss(tokensCss)}\n${compactCss(base)}\n${embedThemeCss(tokensCss)}`;
}
