/** /embed.js: the host page's listener that resizes embeds (source: src/components/islands/embed-listener.ts). */
import type { APIRoute } from "astro";
import { LISTENER_SCRIPT } from "../components/embed/listener-script.ts";
import { SCRIPT_CONTENT_TYPE } from "../lib/embed/scripts.ts";

export const GET: APIRoute = () => new Response(LISTENER_SCRIPT, { headers: { "Content-Type": SCRIPT_CONTENT_TYPE } });
