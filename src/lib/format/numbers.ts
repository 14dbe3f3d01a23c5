/**
 * Numbers as their sources stated them: the value, the word that qualified it
 * ("almost", "more than"...) and, for shares, a percent sign. The qualifier is
 * part of the claim, so it is never dropped when a figure is shown.
 */
import type { Qualifier, Takedown } from "../data/schemas.ts";

type Unit = Takedown["unit"];

// A fixed locale, so the build prints "12,000" whatever the machine's locale is.
// Up to six decimals keeps whatever precision the source gave ("90.5%").
const EN_GB = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 6 });

const WORDS: Readonly<Record<Qualifier, string>> = {
  exact: "",
  around: "around",
  almost: "almost",
  nearly: "nearly",
  "more-than": "more than",
  "up-to": "up to",
  from: "from",
};

// Chart labels have no room for words. "Almost" and "nearly" lose their
// direction here (both become ≈), which is why charts must also show
// `qualifierMeaning` or the worded figure nearby.
const SYMBOLS: Readonly<Record<Qualifier, string>> = {
  exact: "",
  around: "≈",
  almost: "≈",
  nearly: "≈",
  "more-than": ">",
  "up-to": "≤",
  from: "≥",
};

const MEANINGS: Readonly<Record<Qualifier, string>> = {
  exact: "Stated as a plain number, without a qualifier.",
  around: "An approximation: the source said “around”, so the true number may be a little higher or lower.",
  almost: "Just under: the source said “almost”, so the true number is a little lower than this.",
  nearly: "Just under: the source said “nearly”, so the true number is a little lower than this.",
  "more-than": "A lower bound: the source said “more than”, so the true number is higher than this.",
  "up-to": "An upper bound: the source said “up to”, so the true number is this or lower.",
  from: "A starting point: the source said “from”, so this is the lowest value given and others were higher.",
};

/** `12000` -> `"12,000"`, always in en-GB style. Throws on NaN and infinities, which no source states. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${String(value)}: not a finite number`);
  return EN_GB.format(value);
}

function withUnit(value: number, unit: Unit | undefined): string {
  return unit === "percent" ? `${formatNumber(value)}%` : formatNumber(value);
}

/** `formatFigure(12000, "almost")` -> `"almost 12,000"`; `formatFigure(90, "more-than", "percent")` -> `"more than 90%"`. */
export function formatFigure(value: number, qualifier: Qualifier, unit?: Unit): string {
  const word = WORDS[qualifier];
  const number = withUnit(value, unit);
  return word === "" ? number : `${word} ${number}`;
}

/** The qualifier as a symbol for tight chart labels: `≈`, `>`, `≤`, `≥`, or `""` for exact. */
export function qualifierSymbol(qualifier: Qualifier): string {
  return SYMBOLS[qualifier];
}

/** `formatFigureShort(16500, "more-than")` -> `">16,500"`: the compact form for chart labels. */
export function formatFigureShort(value: number, qualifier: Qualifier, unit?: Unit): string {
  return `${SYMBOLS[qualifier]}${withUnit(value, unit)}`;
}

/** The qualifier's word as a source would write it (`"more than"`), or `""` for exact. */
export function qualifierWord(qualifier: Qualifier): string {
  return WORDS[qualifier];
}

/** What a qualifier tells the reader about the true number, in plain words. */
export function qualifierMeaning(qualifier: Qualifier): string {
  return MEANINGS[qualifier];
}
