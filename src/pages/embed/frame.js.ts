/** /embed/frame.js: the embed pages' own script (source: src/components/islands/embed-frame.ts). */
import type { APIRoute } from "astro";
import source from "../../components/islands/embed-frame.ts?raw";
import { FRAME_CONFIG } from "../../lib/embed/protocol.ts";
import { SCRIPT_CONTENT_TYPE, servedScript } from "../../lib/embed/scripts.ts";

export const GET: APIRoute = () => new Response(servedScript(source, "embedFrame", FRAME_CONFIG), { headers: { "Content-Type": SCRIPT_CONTENT_TYPE } });
