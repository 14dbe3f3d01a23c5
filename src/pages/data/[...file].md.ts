/** Every .md download under /data/ (see _downloads.ts). */
import { pathsWithExtension, serveBytes } from "./_downloads.ts";

export const getStaticPaths = () => pathsWithExtension("md");
export const GET = serveBytes;
