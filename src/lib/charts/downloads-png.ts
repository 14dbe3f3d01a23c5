/**
 * SVG to PNG with resvg and the fonts shipped in node_modules (Source Sans 3, the
 * site's face, with DejaVu Sans for any glyph it lacks), never the machine's own
 * fonts, so a PNG is byte-identical on every machine and matches the page. Font
 * paths are passed in: the caller decides where the project lives.
 */
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

/**
 * Source Sans 3 (regular, semibold, bold: chart text, headings) from Adobe's `source-sans` package, then regular and
 * bold DejaVu Sans as the fallback (the face chart text is measured against, see core/text.ts, wider than Source Sans).
 */
export function chartFontFiles(projectRoot: string): string[] {
  const sourceSans = join(projectRoot, "node_modules", "source-sans", "TTF");
  const dejavu = join(projectRoot, "node_modules", "dejavu-fonts-ttf", "ttf");
  return [
    join(sourceSans, "SourceSans3-Regular.ttf"),
    join(sourceSans, "SourceSans3-Semibold.ttf"),
    join(sourceSans, "SourceSans3-Bold.ttf"),
    join(dejavu, "DejaVuSans.ttf"),
    join(dejavu, "DejaVuSans-Bold.ttf"),
  ];
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
    font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: "Source Sans 3" },
  })
    .render()
    .asPng();
  const bytes = new Uint8Array(png);
  cache.set(key, bytes);
  return bytes;
}
