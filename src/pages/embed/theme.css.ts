/**
 * /embed/theme.css: the embed page's one stylesheet: the site's tokens, the embed's base rules and the colours
 * under `?theme=light|dark` (see embedStylesheet in src/lib/embed/theme-css.ts).
 */
import type { APIRoute } from "astro";
import tokensCss from "../../styles/tokens.css?raw";
import embedCss from "../../styles/embed.css?raw";
import elementsCss from "../../styles/elements.css?raw";
import dataTableCss from "../../styles/data-table.css?raw";
import visuallyHiddenCss from "../../styles/visually-hidden.css?raw";
import printColoursCss from "../../styles/print-colours.css?raw";
import { embedStylesheet } from "../../lib/embed/theme-css.ts";

// The files embed.css shares with the site's stylesheet, by the path its @imports name.
const shared = {
  "./elements.css": elementsCss,
  "./data-table.css": dataTableCss,
  "./visually-hidden.css": visuallyHiddenCss,
  "./print-colours.css": printColoursCss,
};

export const GET: APIRoute = () => new Response(embedStylesheet(tokensCss, embedCss, shared), { headers: { "Content-Type": "text/css; charset=utf-8" } });
