/** The browser tests serve builds other than dist/ (dist-hostile/) with the same server as dist/: scripts/serve-static.ts. */
export { serveDirectory, type StaticServer } from "../../scripts/serve-static.ts";
