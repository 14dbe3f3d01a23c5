/** Every .zip download under /data/ (see _downloads.ts). */
import { pathsWithExtension, serveBytes } from "./_downloads.ts";

export const getStaticPaths = () => pathsWithExtension("zip");
export const GET = serveBytes;
