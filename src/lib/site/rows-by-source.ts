/**
 * Which rows cite each source, so the sources page can show, under every
 * document, exactly what the site takes from it. Labels are plain text built
 * from the rows' own fields; pages render them as text, never as HTML.
 */
import { SCHEMAS, type DatasetName, type Datasets } from "../data/schemas.ts";
import { caseStepLabel } from "../format/labels.ts";
import { formatDate, formatPeriod } from "../format/dates.ts";
import { formatNumber } from "../format/numbers.ts";
import { countOf } from "../format/plural.ts";

export interface Citation {
  /** The dataset the citing row belongs to, e.g. `takedowns`. */
  readonly dataset: Exclude<DatasetName, "sources">;
  /** The dataset's human title, e.g. "Takedown figures". */
  readonly datasetTitle: string;
  readonly rowId: string;
  /** A short description of the row, e.g. "almost 12,000 posts, pages and accounts (Dec 2021 – Jun 2024)". */
  readonly label: string;
}

type CitingDataset = Citation["dataset"];

const TITLES = new Map<string, string>(SCHEMAS.map((s) => [s.name, s.title]));

type RowOf<D extends CitingDataset> = Datasets[D][number];

/**
 * How to describe a row of each citing dataset in a few words. A `Record` over
 * every dataset but `sources`, so a new dataset without a label fails to compile
 * instead of silently dropping its citations from the sources page.
 */
type Labellers = { readonly [D in CitingDataset]: (row: RowOf<D>, data: Datasets) => string };

const period = (r: { period_start: string; period_end: string }) => formatPeriod(r.period_start, r.period_end);

const LABELLERS: Labellers = {
  takedowns: (row) => `${row.as_worded} ${row.unit_as_worded} (${period(row)})`,
  prices: (row) => `${row.as_worded} (${period(row)})`,
  arrivals: (row) => `${row.year}: ${formatNumber(row.arrivals)} small boat arrivals`,
  arrivals_monthly: (row) => `${formatDate(row.month)}: ${formatNumber(row.arrivals)} small boat arrivals (${row.status})`,
  irregular_arrivals: (row) => `${row.year}: ${formatNumber(row.arrivals)} irregular arrivals`,
  events: (row) => `${row.title} (${formatDate(row.date)})`,
  cases: (row) => row.title,
  case_steps: (row, data) => {
    const title = data.cases.find((c) => c.id === row.case_id)?.title ?? row.case_id;
    return `${title}: ${caseStepLabel(row.step)} (${formatDate(row.date)})`;
  },
};

const CITING: readonly CitingDataset[] = SCHEMAS.map((s) => s.name).filter((n): n is CitingDataset => n !== "sources");

/**
 * Every source id in `data.sources`, each with the rows citing it (an empty list
 * when none does), in dataset order (as in `SCHEMAS`) and then file order.
 */
export function citationsBySource(data: Datasets): ReadonlyMap<string, readonly Citation[]> {
  const bySource = new Map<string, Citation[]>(data.sources.map((s) => [s.id, []]));
  for (const dataset of CITING) {
    const label = LABELLERS[dataset] as (row: RowOf<CitingDataset>, data: Datasets) => string;
    for (const row of data[dataset] as readonly RowOf<CitingDataset>[]) {
      // A row citing an unknown source is a foreign-key error the validator already reports; skip it here.
      bySource.get(row.source_id)?.push({ dataset, datasetTitle: TITLES.get(dataset) ?? dataset, rowId: row.id, label: label(row, data) });
    }
  }
  return bySource;
}

/** "1 row" / "3 rows": the count shown beside a source's citations. */
export function citationCount(citations: readonly Citation[]): string {
  return countOf(citations.length, "row");
}
