/** Every .cff download under /data/ (see _downloads.ts). */
import { pathsWithExtension, serveBytes } from "./_downloads.ts";

export const getStaticPaths = () => pathsWithExtension("cff");
export const GET = serveBytes;
