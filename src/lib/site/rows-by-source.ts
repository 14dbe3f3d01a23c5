/**
 * Which rows cite each source, so the sources page can show, under every
 * document, exactly what the site takes from it. Labels are plain text built
 * from the rows' own fields; pages render them as text, never as HTML.
 */
import { SCHEMAS, type DatasetName, type Datasets } from "../data/schemas.ts";
import { caseStepLabel } from "../format/labels.ts";
import { formatDate, formatPeriod } from "../format/dates.ts";
import { formatNumber } from "../format/numbers.ts";

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

interface Labelled {
  readonly dataset: CitingDataset;
  readonly row: { readonly id: string; readonly source_id: string };
  readonly label: string;
}

/** One short label per row of every dataset that has a `source_id`, in `SCHEMAS` order. */
function labelled(data: Datasets): Labelled[] {
  const caseTitle = new Map(data.cases.map((c) => [c.id, c.title]));
  const period = (r: { period_start: string; period_end: string }) => formatPeriod(r.period_start, r.period_end);
  return [
    ...data.takedowns.map((row) => ({ dataset: "takedowns", row, label: `${row.as_worded} ${row.unit_as_worded} (${period(row)})` }) as const),
    ...data.prices.map((row) => ({ dataset: "prices", row, label: `${row.as_worded} (${period(row)})` }) as const),
    ...data.arrivals.map((row) => ({ dataset: "arrivals", row, label: `${row.year}: ${formatNumber(row.arrivals)} small boat arrivals` }) as const),
    ...data.irregular_arrivals.map(
      (row) => ({ dataset: "irregular_arrivals", row, label: `${row.year}: ${formatNumber(row.arrivals)} irregular arrivals` }) as const,
    ),
    ...data.events.map((row) => ({ dataset: "events", row, label: `${row.title} (${formatDate(row.date)})` }) as const),
    ...data.cases.map((row) => ({ dataset: "cases", row, label: row.title }) as const),
    ...data.case_steps.map(
      (row) =>
        ({
          dataset: "case_steps",
          row,
          label: `${caseTitle.get(row.case_id) ?? row.case_id}: ${caseStepLabel(row.step)} (${formatDate(row.date)})`,
        }) as const,
    ),
  ];
}

/**
 * Every source id in `data.sources`, each with the rows citing it (an empty list
 * when none does), in dataset order (as in `SCHEMAS`) and then file order.
 */
export function citationsBySource(data: Datasets): ReadonlyMap<string, readonly Citation[]> {
  const bySource = new Map<string, Citation[]>(data.sources.map((s) => [s.id, []]));
  for (const { dataset, row, label } of labelled(data)) {
    const list = bySource.get(row.source_id);
    // A row citing an unknown source is a foreign-key error the validator already reports; skip it here.
    list?.push({ dataset, datasetTitle: TITLES.get(dataset) ?? dataset, rowId: row.id, label });
  }
  return bySource;
}

/** "1 row" / "3 rows": the count shown beside a source's citations. */
export function citationCount(citations: readonly Citation[]): string {
  return `${citations.length} ${citations.length === 1 ? "row" : "rows"}`;
}
