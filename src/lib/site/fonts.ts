/**
 * The site's text face: Source Sans 3 (SIL Open Font Licence), from Adobe's own
 * npm package `source-sans`, which ships TTF beside WOFF2 so the same face can
 * later reach resvg-drawn images. Pages get a Latin subset of the two weights
 * used (400 text, 600 headings and emphasis), cut at build time from the TTF:
 * about a fifth of the full file, served from our own origin (CSP `font-src 'self'`).
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

export function fontFaceByFile(file: string): FontFace | undefined {
  return FONT_FACES.find((f) => f.file === file);
}
