/** /embed/theme.css: the site's and the charts' colours under `?theme=light|dark` (see src/lib/embed/theme-css.ts). */
import type { APIRoute } from "astro";
import globalCss from "../../styles/tokens.css?raw";
import { embedThemeCss } from "../../lib/embed/theme-css.ts";

export const GET: APIRoute = () => new Response(embedThemeCss(globalCss), { headers: { "Content-Type": "text/css; charset=utf-8" } });
