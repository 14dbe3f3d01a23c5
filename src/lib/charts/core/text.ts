/**
 * Text measurement without a browser. Labels must be placed at build time, so
 * widths are estimated from per-character advance widths of DejaVu Sans (the
 * font shipped for PNG output), which is wider than most system sans-serifs:
 * an estimate that errs wide keeps labels inside the chart.
 */

// Advance widths in em for DejaVu Sans, grouped; anything unlisted counts as wide.
const NARROW = new Set([..."iljI.,:;!|'`()[]{} /\\-tfr"]);
const MEDIUM = new Set([..."abcdeghknopqsuvxyzJL0123456789£€$≈≤≥<>+=_*?#^~\"&"]);
const WIDE_UPPER = new Set([..."mwMW%@"]);

export function charWidthEm(ch: string): number {
  if (NARROW.has(ch)) return 0.34;
  if (WIDE_UPPER.has(ch)) return 0.95;
  if (MEDIUM.has(ch)) return 0.64;
  if (/[A-Z]/.test(ch)) return 0.72;
  return 0.8;
}

/**
 * Where a line of text sits in the box a label is placed by, in em: the baseline 0.8 below the box's top and 0.2 above
 * its bottom (a 1 em box holding ascenders and most descenders), as the label boxes and the bounds tests measure it.
 */
export const BASELINE_FROM_TOP = 0.8;
export const BASELINE_FROM_BOTTOM = 0.2;

/** A baseline this far (em) below a point centres digits and lower-case text on it (about half the x-height and cap height). */
export const BASELINE_TO_CENTRE = 0.35;

/** Bold DejaVu Sans runs about 12% wider than regular. */
const BOLD_FACTOR = 1.12;

/** Estimated width in user units of `text` at `fontSize` (bold when `bold`). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
}

/**
 * Running widths in em of `chars`: `sums[k]` is the width of the first k characters, added in the same order as
 * `textWidth` adds them (so the numbers agree exactly). One pass, so fitting text is linear in its length rather
 * than re-measuring a shorter copy for every character removed (quadratic: a megabyte title hung the build).
 */
function prefixWidthsEm(chars: readonly string[]): number[] {
  const sums = [0];
  let em = 0;
  for (const ch of chars) {
    em += charWidthEm(ch);
    sums.push(em);
  }
  return sums;
}

/** Cuts one word wider than `maxWidth` into pieces that fit, at least one character each, in one pass. */
function cutWord(word: string, maxWidth: number, fontSize: number, bold: boolean): { pieces: string[]; rest: string } {
  const chars = [...word];
  const pieces: string[] = [];
  let start = 0;
  let pieceEm = 0; // summed from the piece's start, in order, exactly as textWidth would measure the piece
  for (let i = 0; i < chars.length; i++) {
    const w = charWidthEm(chars[i] ?? "");
    if (i > start && (pieceEm + w) * fontSize * (bold ? BOLD_FACTOR : 1) > maxWidth) {
      pieces.push(chars.slice(start, i).join(""));
      start = i;
      pieceEm = 0;
    }
    pieceEm += w;
  }
  return { pieces, rest: chars.slice(start).join("") };
}

/**
 * Greedy word wrap to `maxWidth`. A single word longer than the line is cut
 * (hostile or unusual data must never push text out of the image).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (textWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    line = word;
    if (textWidth(line, fontSize, bold) > maxWidth) {
      const { pieces, rest } = cutWord(word, maxWidth, fontSize, bold);
      lines.push(...pieces);
      line = rest;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Cuts text to fit `maxWidth`, ending with an ellipsis when shortened (whole characters only, in one pass). */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  const sums = prefixWidthsEm(chars);
  const ellipsis = charWidthEm("…");
  let end = chars.length;
  // The widths only grow with `end`, so a binary search finds the longest prefix that fits with its ellipsis.
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (((sums[mid] ?? 0) + ellipsis) * fontSize > maxWidth) hi = mid - 1;
    else lo = mid;
  }
  end = lo;
  return `${chars.slice(0, end).join("")}…`;
}
