/** /embed.js: the host page's listener that resizes embeds (source: src/components/islands/embed-listener.ts). */
import type { APIRoute } from "astro";
import source from "../components/islands/embed-listener.ts?raw";
import { LISTENER_CONFIG } from "../lib/embed/protocol.ts";
import { SCRIPT_CONTENT_TYPE, servedScript } from "../lib/embed/scripts.ts";

export const GET: APIRoute = () => new Response(servedScript(source, "embedListener", LISTENER_CONFIG), { headers: { "Content-Type": SCRIPT_CONTENT_TYPE } });
