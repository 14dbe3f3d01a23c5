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

/** Bold DejaVu Sans runs about 12% wider than regular. */
const BOLD_FACTOR = 1.12;

/** Estimated width in user units of `text` at `fontSize` (bold when `bold`). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
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
    while (textWidth(line, fontSize, bold) > maxWidth) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), fontSize, bold) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Cuts text to fit `maxWidth`, ending with an ellipsis when shortened. */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && textWidth(`${text.slice(0, end)}…`, fontSize) > maxWidth) end--;
  return `${text.slice(0, end)}…`;
}
