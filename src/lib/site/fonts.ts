/**
 * The site's text face: Source Sans 3 (SIL Open Font Licence), from Adobe's own
 * npm package `source-sans`, which ships TTF beside WOFF2 so the same face can
 * later reach resvg-drawn images. Pages get a Latin subset of the two weights
 * used (400 text, 600 headings and emphasis), cut at build time from the TTF:
 * 29 KB a weight, about a quarter of Adobe's full WOFF2, served from our own
 * origin (CSP `font-src 'self'`).
 */

export interface FontFace {
  /** File name under /fonts/. */
  readonly file: string;
  /** TTF inside the `source-sans` package. */
  readonly ttf: string;
  readonly weight: 400 | 600;
}

export const FONT_FAMILY = "Source Sans 3";

export const FONT_FACES: readonly FontFace[] = [
  { file: "source-sans-3-400.woff2", ttf: "TTF/SourceSans3-Regular.ttf", weight: 400 },
  { file: "source-sans-3-600.woff2", ttf: "TTF/SourceSans3-Semibold.ttf", weight: 600 },
];

const range = (from: number, to: number): string => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join("");

/**
 * Characters kept: Basic Latin, Latin-1, Latin Extended-A (names such as "Łukasz"
 * in sources), and the punctuation and symbols the site prints (curly quotes,
 * dashes, ellipsis, pound and euro, approximately, minus, arrows, multiplication).
 * Anything else falls back to the system face, glyph by glyph.
 */
export const SUBSET_TEXT = `${range(0x20, 0x7e)}${range(0xa0, 0x17f)}‐‑‒–—‘’‚“”„†‡•…‰′″‹›€™−≈≤≥←↑→↓×`;

/**
 * The cut drops the TrueType hinting programs, over a quarter of each file (40 KB to 29 KB): macOS, iOS and Android
 * do not run them, and Windows draws the outlines anti-aliased without them, a little softer at small sizes. Both
 * weights are preloaded on every page, so on a phone network these bytes come before the page settles.
 */
export const SUBSET_OPTIONS = { targetFormat: "woff2", noHinting: true } as const;

export function fontFaceByFile(file: string): FontFace | undefined {
  return FONT_FACES.find((f) => f.file === file);
}
