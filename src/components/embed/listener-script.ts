/**
 * The text of /embed.js, the host page's resizing listener, made once: the route serves it and the Embed view states
 * its size from it, so the size a journalist reads is the size they load.
 */
import source from "../islands/embed-listener.ts?raw";
import { LISTENER_CONFIG } from "../../lib/embed/protocol.ts";
import { servedScript } from "../../lib/embed/scripts.ts";

export const LISTENER_SCRIPT: string = servedScript(source, "embedListener", LISTENER_CONFIG);
