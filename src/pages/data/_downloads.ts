/**
 * Shared by the download endpoints beside this file. Every file under /data/
 * comes from the catalogue (`siteCatalogue().files`), so what is served is
 * exactly what the pages and datapackage.json describe. There is one endpoint
 * per file extension (`[...file].csv.ts`...) rather than one for all, because
 * Astro only exempts routes whose name ends in an extension from
 * `trailingSlash: "always"`: with a bare `[...file].ts`, the dev server would
 * answer 404 for `/data/takedowns/takedowns.csv`. The build writes the same files either way.
 */
import type { APIRoute } from "astro";
import { siteCatalogue } from "../../lib/catalogue/site-catalogue.ts";

/** Static paths of every catalogue file ending in `.<extension>`; the route's own name adds the extension back. */
export function pathsWithExtension(extension: string) {
  const suffix = `.${extension}`;
  return [...siteCatalogue(import.meta.env.SITE).files]
    .filter(([path]) => path.endsWith(suffix))
    .map(([path, bytes]) => ({ params: { file: path.slice(0, -suffix.length) }, props: { bytes } }));
}

/** The file's bytes, as built. Copied into a plain ArrayBuffer: what the Response constructor's types accept. */
export const serveBytes: APIRoute<{ bytes: Uint8Array }> = ({ props }) => new Response(props.bytes.slice().buffer);
