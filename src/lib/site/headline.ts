/**
 * Picks the two rows the home page leads with. It returns rows, never numbers
 * it computed, so every headline figure is one a source actually published
 * and can be traced to its row and source.
 */
import type { Source, Takedown } from "../data/schemas.ts";
import { REFERRING_BODY } from "../identity/subjects.ts";
import { calendarYearOf, compareByLastDay, compareByLastDayUndatedFirst } from "../data/partial-date.ts";

export interface HeadlineFigure {
  readonly row: Takedown;
  readonly source: Source;
  /** Other rows that contradict this one (either side may name the other), shown beside it. */
  readonly conflicts: readonly Takedown[];
}

export interface Headline {
  /** The National Crime Agency's removals after referral in the latest single calendar year. */
  readonly annual: HeadlineFigure;
  /** The National Crime Agency's latest running total of removals after referral. */
  readonly cumulative: HeadlineFigure;
}

function isNcaRemoval(row: Takedown): boolean {
  return row.reporting_body === REFERRING_BODY && row.counting_rule === "removed-after-referral";
}

/** Latest source publication first (undated sources last), then id, so the choice never depends on row order. */
function bySourceThenId(published: (row: Takedown) => string | null) {
  return (a: Takedown, b: Takedown): number =>
    compareByLastDayUndatedFirst(published(b), published(a)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function sourceLookup(sources: readonly Source[]): (id: string) => Source {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (id) => {
    const source = byId.get(id);
    // The validator checks foreign keys, so this only fires when called with inconsistent test data.
    if (!source) throw new Error(`takedown figure cites source ${JSON.stringify(id)}, which is not in sources`);
    return source;
  };
}

function figure(row: Takedown, takedowns: readonly Takedown[], source: (id: string) => Source): HeadlineFigure {
  const conflicts = takedowns.filter((t) => t.id !== row.id && (row.conflicts_with.includes(t.id) || t.conflicts_with.includes(row.id)));
  return { row, source: source(row.source_id), conflicts };
}

/**
 * The NCA's removals-after-referral figure for one whole calendar year (period
 * aggregation), latest year first; ties go to the more recently published source.
 */
export function latestAnnualRemovals(takedowns: readonly Takedown[], sources: readonly Source[]): Takedown {
  const source = sourceLookup(sources);
  const candidates = takedowns
    .filter((t) => isNcaRemoval(t) && t.aggregation === "period")
    .flatMap((row) => {
      const year = calendarYearOf(row.period_start, row.period_end);
      return year === null ? [] : [{ row, year }];
    });
  const tieBreak = bySourceThenId((t) => source(t.source_id).published);
  const [best] = candidates.sort((a, b) => b.year - a.year || tieBreak(a.row, b.row));
  if (!best) {
    throw new Error(
      "No takedown figure qualifies as the latest annual removals: need a row with reporting_body " +
        `"${REFERRING_BODY}", counting_rule "removed-after-referral", aggregation "period" and a period of exactly one calendar year.`,
    );
  }
  return best.row;
}

/**
 * The NCA's cumulative removals-after-referral figure with the latest period end
 * (partial dates compared by their last day); ties go to the more recently published source.
 */
export function latestCumulativeRemovals(takedowns: readonly Takedown[], sources: readonly Source[]): Takedown {
  const source = sourceLookup(sources);
  const tieBreak = bySourceThenId((t) => source(t.source_id).published);
  const [best] = takedowns
    .filter((t) => isNcaRemoval(t) && t.aggregation === "cumulative")
    .sort((a, b) => compareByLastDay(b.period_end, a.period_end) || tieBreak(a, b));
  if (!best) {
    throw new Error(
      "No takedown figure qualifies as the latest cumulative removals: need a row with reporting_body " +
        `"${REFERRING_BODY}", counting_rule "removed-after-referral" and aggregation "cumulative".`,
    );
  }
  return best;
}

/** Both headline figures, each with its source and any rows that contradict it. */
export function headline(data: { readonly takedowns: readonly Takedown[]; readonly sources: readonly Source[] }): Headline {
  const source = sourceLookup(data.sources);
  return {
    annual: figure(latestAnnualRemovals(data.takedowns, data.sources), data.takedowns, source),
    cumulative: figure(latestCumulativeRemovals(data.takedowns, data.sources), data.takedowns, source),
  };
}
