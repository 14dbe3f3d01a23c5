/** Every .json download under /data/ (see _downloads.ts). */
import { pathsWithExtension, serveBytes } from "./_downloads.ts";

export const getStaticPaths = () => pathsWithExtension("json");
export const GET = serveBytes;
