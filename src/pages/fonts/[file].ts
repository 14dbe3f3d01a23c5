/** The site's text face, subset at build time from the `source-sans` package's TTF (see src/lib/site/fonts.ts). */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import subsetFont from "subset-font";
import { FONT_FACES, SUBSET_OPTIONS, SUBSET_TEXT, fontFaceByFile } from "../../lib/site/fonts.ts";

export const getStaticPaths = (() => FONT_FACES.map((f) => ({ params: { file: f.file } }))) satisfies GetStaticPaths;

const packageDir = dirname(createRequire(import.meta.url).resolve("source-sans/package.json"));

export const GET: APIRoute = async ({ params }) => {
  const face = fontFaceByFile(params.file ?? "");
  if (!face) throw new Error(`no font ${params.file}`);
  const woff2 = await subsetFont(readFileSync(join(packageDir, face.ttf)), SUBSET_TEXT, SUBSET_OPTIONS);
  return new Response(new Uint8Array(woff2), { headers: { "Content-Type": "font/woff2" } });
};
