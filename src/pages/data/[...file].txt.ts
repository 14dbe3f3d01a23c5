/** Every .txt download under /data/ (see _downloads.ts). */
import { pathsWithExtension, serveBytes } from "./_downloads.ts";

export const getStaticPaths = () => pathsWithExtension("txt");
export const GET = serveBytes;
