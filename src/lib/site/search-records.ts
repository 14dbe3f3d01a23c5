/**
 * One search record per figure, timeline event and source document: a short
 * title and a sentence a reader can take in at a glance, linking to the row on
 * its dataset page (`/data/<dataset>/#<id>`) or the document on /sources/. The row tables themselves are left out of the
 * index (`data-pagefind-ignore`): read cell by cell they made results such as
 * "12000. almost. almost 12,000. wiredgov-nca-2024-07".
 *
 * Everything comes from the row's own cells and the site's labels; nothing is
 * reworded or estimated. The text is returned as it should be shown; the
 * integration passes it through `indexText` on its way into the index.
 */
import type { Datasets, Source } from "../data/schemas.ts";
import { itemLabel } from "../charts/advertised-prices/price-text.ts";
import { aggregationLabel, countingRuleLabel, formatDate, formatFigure, formatNumber, formatPrice, sourceKindLabel, unitLabel } from "../format/index.ts";
import { periodText } from "../format/period-basis.ts";
import { formatPeriod } from "../format/dates.ts";
import { rowHref } from "../identity/data-urls.ts";

/** The content types a record can be filtered by on /search/ (pages have Explainer, Chart, Case and Dataset). */
export const RECORD_TYPES = ["Figure", "Event", "Source"] as const;

export interface SearchRecord {
  /** The row's anchor on its dataset page. */
  readonly url: string;
  readonly title: string;
  /** The readable sentence, with the source and the curators' note. */
  readonly content: string;
  readonly type: (typeof RECORD_TYPES)[number];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "Source: WiredGov, 25 July 2024." The document's title is left to its own
 * record: in every row's sentence it made each row citing a release a match for
 * any word of that release's headline.
 */
function sourceSentence(sources: ReadonlyMap<string, Source>, id: string): string {
  const s = sources.get(id);
  if (!s) return `Source: ${id}.`;
  return `Source: ${s.publisher}${s.published === null ? "" : `, ${formatDate(s.published)}`}.`;
}

/** Sentences joined with spaces, blanks left out. */
const sentences = (...parts: readonly (string | null)[]) => parts.filter((p): p is string => p !== null && p !== "").join(" ");

/** The source's own words, quoted: “as worded” and, for a figure, its unit as worded. */
const inTheirWords = (...words: readonly string[]) => `In the source’s words: “${words[0] ?? ""}”${words.slice(1).map((w) => ` ${w}`).join("")}.`;

export function searchRecords(data: Datasets): SearchRecord[] {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  /**
   * A figure or event row's record: linked to the row's anchor on its dataset page, its sentences followed
   * by its source and the curators' note (every row of these datasets names a source and may carry a note).
   */
  const rowRecord = (
    dataset: string,
    row: { readonly id: string; readonly source_id: string; readonly note: string | null },
    type: SearchRecord["type"],
    title: string,
    ...lead: readonly (string | null)[]
  ): SearchRecord => ({
    url: rowHref(dataset, row.id),
    title,
    content: sentences(...lead, sourceSentence(sources, row.source_id), row.note),
    type,
  });

  const takedowns = data.takedowns.map((r) => {
    const figure = formatFigure(r.value, r.qualifier, r.unit);
    const what = r.unit === "percent" ? `${figure}, ${countingRuleLabel(r.counting_rule)}` : `${figure} ${unitLabel(r.unit)} ${countingRuleLabel(r.counting_rule)}`;
    return rowRecord(
      "takedowns",
      r,
      "Figure",
      `Takedown figure: ${r.reporting_body}, ${formatPeriod(r.period_start, r.period_end)}`,
      `${r.reporting_body}: ${what} (${aggregationLabel(r.aggregation)}), ${periodText(r)}.`,
      inTheirWords(r.as_worded, r.unit_as_worded),
    );
  });

  const prices = data.prices.map((r) => {
    const period = formatPeriod(r.period_start, r.period_end);
    const on = r.platforms.length === 0 ? "" : `, on ${r.platforms.join(", ")}`;
    return rowRecord(
      "prices",
      r,
      "Figure",
      `Price: ${itemLabel(r.item)}, ${period}`,
      `${capitalise(r.measure)} price: ${formatPrice(r.low, r.high, r.currency, r.qualifier)} for ${itemLabel(r.item)}, ${period}${on}.`,
      inTheirWords(r.as_worded),
    );
  });

  const arrivals = data.arrivals.map((r) =>
    rowRecord(
      "arrivals",
      r,
      "Figure",
      `Small boat arrivals, ${r.year}`,
      `${formatNumber(r.arrivals)} people arriving by small boat in ${r.year} (${r.status})${r.people_per_boat === null ? "" : `, ${formatNumber(r.people_per_boat)} people per boat on average`}.`,
    ),
  );

  const monthly = data.arrivals_monthly.map((r) =>
    rowRecord(
      "arrivals_monthly",
      r,
      "Figure",
      `Small boat arrivals, ${formatDate(r.month)}`,
      `${formatNumber(r.arrivals)} people arriving by small boat in ${formatDate(r.month)}${r.boats === null ? "" : `, in ${formatNumber(r.boats)} boats`} (${r.status}).`,
      inTheirWords(r.as_worded),
    ),
  );

  const irregular = data.irregular_arrivals.map((r) =>
    rowRecord(
      "irregular_arrivals",
      r,
      "Figure",
      `Irregular arrivals, ${r.year}`,
      `${formatNumber(r.arrivals)} arrivals in ${r.year} (in the source’s words, “${r.measure_as_worded}”), ${formatFigure(r.small_boat_percent, "exact", "percent")} of them by small boat.`,
    ),
  );

  const events = data.events.map((r) => rowRecord("events", r, "Event", r.title, `${formatDate(r.date)}: ${r.title}.`, r.summary));

  const documents = data.sources.map(
    (r): SearchRecord => ({
      url: `/sources/#${r.id}`,
      title: r.title,
      content: sentences(
        `${r.publisher}${r.reproduces === null ? "" : ` (reproducing ${r.reproduces})`}, “${r.title}”${r.published === null ? ", undated" : `, ${formatDate(r.published)}`} (${sourceKindLabel(r.kind).toLowerCase()}).`,
        r.note,
      ),
      type: "Source",
    }),
  );

  return [...takedowns, ...prices, ...arrivals, ...monthly, ...irregular, ...events, ...documents];
}
