/**
 * The embed page's sizes as CSS, generated from EMBED_LAYOUT so the stylesheet and the height estimate
 * (layout.ts) can never drift apart. `npm run embed:css` writes it to src/styles/embed-layout.css, and a
 * unit test fails if that file is not what this function gives.
 */
import { EMBED_LAYOUT as L } from "./layout.ts";

const px = (n: number) => `${n}px`;

export function embedLayoutCss(): string {
  const rules: [string, Record<string, string>][] = [
    ["body.embed main", { "max-width": px(L.maxWidth), margin: "0 auto", padding: `${px(L.padTop)} ${px(L.padX)} ${px(L.padBottom)}` }],
    [".embed-title", { "font-size": px(L.titleSize), "line-height": px(L.titleLine), margin: `0 0 ${px(L.titleGap)}` }],
    [".embed-view .chart-figure", { margin: `0 0 ${px(L.figureGap)}` }],
    [".embed-footer", { "font-size": px(L.smallSize), "line-height": px(L.smallLine) }],
    [".embed-footer p,\n.embed-footer details", { margin: `0 0 ${px(L.smallGap)}` }],
    [".embed-footer summary", { "line-height": px(L.summaryLine) }],
    [':root[data-view="table"] .embed-view .table-scroll', { "margin-bottom": px(L.figureGap) }],
  ];
  const body = rules.map(([selector, decls]) => `${selector} {\n${Object.entries(decls).map(([k, v]) => `  ${k}: ${v};`).join("\n")}\n}`).join("\n");
  return `/* Generated from EMBED_LAYOUT (src/lib/embed/layout.ts) by \`npm run embed:css\`: do not edit. */\n${body}\n`;
}
