/**
 * The home page's first question, "is it up or down?", answered from the data:
 * the latest one-year figure against the same reporting body's figure for the
 * year before, compared as the sources stated them. When the two years were
 * counted in different units the sentence says plainly that they cannot be
 * called up or down (it names both units instead); it says when a figure is
 * only a bound ("more than"), and never computes a change no source published.
 */
import type { Qualifier, Source, Takedown } from "../data/schemas.ts";
import { calendarYearOf } from "../data/partial-date.ts";
import { formatFigure } from "../format/numbers.ts";
import { latestAnnualRemovals } from "./headline.ts";

/** "not-comparable": the two years were counted in different units, so neither up nor down can be said. */
export type Direction = "up" | "down" | "same" | "no-figure" | "not-comparable";

export interface YearOnYear {
  readonly direction: Direction;
  /** The row compared against, or null when no figure was published for the year before. */
  readonly previous: Takedown | null;
  /** False when the two years were counted in different units (e.g. accounts against posts, pages and accounts). */
  readonly sameUnit: boolean;
  /** One to three plain sentences for the reader. */
  readonly sentence: string;
}

/** Up, down or the same, by the values as stated; the qualifiers are then spelt out, not resolved. */
export function direction(latest: number, previous: number): Exclude<Direction, "no-figure" | "not-comparable"> {
  return latest > previous ? "up" : latest < previous ? "down" : "same";
}

const WORDS: Record<Exclude<Direction, "no-figure" | "not-comparable">, string> = { up: "Up on", down: "Down on", same: "The same as" };

/** Qualifiers that bound a figure on one side only, leaving how far it lies from the other figure unknown. */
const ONE_SIDED: Partial<Record<Qualifier, string>> = { "more-than": "a lower bound", from: "a lower bound", "up-to": "an upper bound" };

function boundNote(row: Takedown, year: number): string {
  const kind = ONE_SIDED[row.qualifier];
  return kind ? ` ${year}’s “${formatFigure(row.value, row.qualifier, row.unit)}” is only ${kind}.` : "";
}

/**
 * The year-on-year sentence for `latest`, a figure covering exactly one calendar
 * year, against the figure of the same reporting body and counting rule for the
 * year before (picked as the headline picks the latest: latest source first).
 */
export function yearOnYear(latest: Takedown, takedowns: readonly Takedown[], sources: readonly Source[]): YearOnYear {
  const year = calendarYearOf(latest.period_start, latest.period_end);
  if (year === null) throw new Error(`${latest.id}: the year-on-year comparison needs a figure covering one calendar year`);
  const candidates = takedowns.filter(
    (t) =>
      t.reporting_body === latest.reporting_body &&
      t.counting_rule === latest.counting_rule &&
      t.aggregation === "period" &&
      calendarYearOf(t.period_start, t.period_end) === year - 1,
  );
  if (candidates.length === 0) {
    return { direction: "no-figure", previous: null, sameUnit: true, sentence: `No figure for ${year - 1} has been published to compare it with.` };
  }
  const previous = latestAnnualRemovals(candidates, sources);
  const sameUnit = latest.unit === previous.unit;
  const before = `${formatFigure(previous.value, previous.qualifier, previous.unit)} ${previous.unit_as_worded}`;
  const bounds = `${boundNote(latest, year)}${boundNote(previous, year - 1)}`;
  if (!sameUnit) {
    const lead = `Not comparable with ${year - 1} as a rise or fall: that year the ${latest.reporting_body} reported ${before}, a different unit from ${year}’s ${latest.unit_as_worded}.`;
    return { direction: "not-comparable", previous, sameUnit, sentence: `${lead}${bounds}` };
  }
  const dir = direction(latest.value, previous.value);
  const lead = `${WORDS[dir]} ${year - 1}, when the ${latest.reporting_body} reported ${before}.`;
  return { direction: dir, previous, sameUnit, sentence: `${lead}${bounds}` };
}
