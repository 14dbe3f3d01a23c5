/**
 * /embed/theme.css: the embed page's one stylesheet: the site's tokens, the embed's base rules and the colours
 * under `?theme=light|dark` (see embedStylesheet in src/lib/embed/theme-css.ts).
 */
import type { APIRoute } from "astro";
import tokensCss from "../../styles/tokens.css?raw";
import embedCss from "../../styles/embed.css?raw";
import dataTableCss from "../../styles/data-table.css?raw";
import visuallyHiddenCss from "../../styles/visually-hidden.css?raw";
import { embedStylesheet } from "../../lib/embed/theme-css.ts";

export const GET: APIRoute = () => new Response(embedStylesheet(tokensCss, embedCss, { "./data-table.css": dataTableCss, "./visually-hidden.css": visuallyHiddenCss }), { headers: { "Content-Type": "text/css; charset=utf-8" } });
