/**
 * Finds figures typed into an explainer's prose by hand. Every count, price,
 * share, sentence length or event date must come from the data through a
 * component (`<Figure>`, `<Price>`, `<Detail>`, `<EventDate>`...), so text and
 * data cannot drift apart. This scanner is the test of that rule: it looks at
 * the body outside component tags and reports anything that looks like a
 * figure, with its line and column.
 *
 * Allowed in prose: years 1990-2030 used as time references ("in 2024"),
 * "section 17" / "s.17" / "Schedule 7", ordinal words, one- and two-digit
 * numbers that are not ages, sentences, money, shares or dates, and anything
 * in a heading that names an Act ("## The Online Safety Act 2023").
 */
import { positionIndex } from "../data/positions.ts";

export interface HandTypedFigure {
  readonly line: number;
  readonly column: number;
  /** The text that looks like a figure. */
  readonly text: string;
  /** Which rule it broke, in plain words. */
  readonly rule: string;
}

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;

/** Each rule: a pattern (global, case-insensitive unless stated) and what it catches. */
const RULES: readonly { readonly rule: string; readonly pattern: RegExp }[] = [
  { rule: "money typed by hand", pattern: new RegExp(String.raw`[£€$]\s?${NUMBER}(?:\s?(?:k|m|bn)\b)?`, "gi") },
  { rule: "money typed by hand", pattern: new RegExp(String.raw`\b${NUMBER}\s?(?:euros?|pounds?|dollars?|GBP|EUR|USD)\b`, "gi") },
  { rule: "share typed by hand", pattern: new RegExp(String.raw`\b${NUMBER}\s?(?:%|per\s?cent\b|percent\b)`, "gi") },
  { rule: "duration or age typed by hand", pattern: new RegExp(String.raw`\b${NUMBER}[\s-]?years?\b`, "gi") },
  { rule: "large number word typed by hand", pattern: new RegExp(String.raw`\b${NUMBER}\s?(?:thousand|million|billion|bn)\b`, "gi") },
  { rule: "date typed by hand (use EventDate or StepDate)", pattern: new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b`, "g") },
  { rule: "date typed by hand (use EventDate or StepDate)", pattern: new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b`, "g") },
  { rule: "date typed by hand (use EventDate or StepDate)", pattern: /\b\d{4}-\d{2}(?:-\d{2})?\b/g },
  { rule: "number with a thousands separator typed by hand", pattern: /\b\d{1,3}(?:,\d{3})+\b/g },
  { rule: "number of three or more digits typed by hand", pattern: /\b\d{3,}(?:\.\d+)?\b/g },
];

/** A 4-digit year used as a time reference. */
function isAllowedYear(text: string): boolean {
  if (!/^\d{4}$/.test(text)) return false;
  const year = Number(text);
  return year >= 1990 && year <= 2030;
}

/** Replaces a matched span with spaces, keeping line breaks, so offsets and positions stay true. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, " ");
}

/**
 * The text the scanner reads: frontmatter, import/export lines, component tags
 * (their attributes hold ids, not prose), headings that name an Act and the
 * allowed legal references blanked out; everything else, including the text
 * between an opening and closing component tag, kept in place.
 */
export function proseOnly(mdx: string): string {
  return mdx
    .replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, blank)
    .replace(/^(?:import|export)\s.*$/gm, blank)
    .replace(/<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>/g, blank)
    .replace(/^#{1,6}\s.*\bAct\b.*$/gm, blank)
    .replace(/\b(?:sections?|s\.|ss\.|Schedule|Part|Chapter)\s?\d+[A-Z]?\b/g, blank);
}

/** Every hand-typed figure in an MDX file's prose, in reading order; overlapping hits are reported once. */
export function findHandTypedFigures(mdx: string): HandTypedFigure[] {
  const text = proseOnly(mdx);
  const at = positionIndex(mdx);
  const hits: { start: number; end: number; text: string; rule: string }[] = [];
  for (const { rule, pattern } of RULES) {
    for (const m of text.matchAll(pattern)) {
      const found = m[0].trim();
      if (rule.startsWith("number of three") && isAllowedYear(found)) continue;
      const start = m.index ?? 0;
      hits.push({ start, end: start + m[0].length, text: found, rule });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof hits = [];
  for (const hit of hits) {
    const last = kept.at(-1);
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept.map(({ start, text: found, rule }) => ({ ...at(start), text: found, rule }));
}
