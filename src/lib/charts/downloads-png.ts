/**
 * SVG to PNG with resvg and the DejaVu fonts shipped in node_modules, never
 * the machine's own fonts, so a PNG is byte-identical on every machine. Font
 * paths are passed in: the caller decides where the project lives.
 */
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

/** Regular and bold DejaVu Sans under a project root (the fonts charts are measured against, see core/text.ts). */
export function dejavuFontFiles(projectRoot: string): string[] {
  const dir = join(projectRoot, "node_modules", "dejavu-fonts-ttf", "ttf");
  return [join(dir, "DejaVuSans.ttf"), join(dir, "DejaVuSans-Bold.ttf")];
}

// The Download view measures the PNG and the endpoint serves it: rasterise each SVG once per build.
const cache = new Map<string, Uint8Array<ArrayBuffer>>();

/** The PNG of `svg` at `zoom` times its size: by default twice (sharp on high-density screens and in print). */
export function svgToPng(svg: string, fontFiles: readonly string[], zoom = 2): Uint8Array<ArrayBuffer> {
  const key = `${zoom}\n${fontFiles.join("\n")}\n${svg}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const png = new Resvg(svg, {
    fitTo: { mode: "zoom", value: zoom },
    font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: "DejaVu Sans" },
  })
    .render()
    .asPng();
  const bytes = new Uint8Array(png);
  cache.set(key, bytes);
  return bytes;
}
