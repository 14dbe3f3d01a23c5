/**
 * The home page's "latest data changes": the datasets released most recently,
 * each once, with its title, a plain label for the kind of change and a count
 * of the rows its newest release touched, read from the release archives. The
 * curators' own summary names rows by id, which reads as a log on a front page,
 * so it stays on the release's page, which the home page links to.
 */
import { CHANGE_KIND_LABELS } from "../catalogue/changelog.ts";
import type { ReleaseDiff } from "../catalogue/release-diff.ts";
import { releaseHref, type ReleasePage } from "../catalogue/release-pages.ts";
import { datasetHref } from "../identity/data-urls.ts";
import { formatNumber } from "../format/index.ts";

export interface LatestChange {
  readonly date: string;
  readonly datasetTitle: string;
  readonly datasetHref: string;
  /** The release's own page: the curators' summary and every changed cell. */
  readonly releaseHref: string;
  readonly version: string;
  readonly kind: string;
  /** What the release did to the rows, in words: "2 rows added, 3 changed and 1 removed." */
  readonly rowsTouched: string;
}

const counted = (n: number, unit: "row" | "column") => `${formatNumber(n)} ${unit}${n === 1 ? "" : "s"}`;

/**
 * A sentence counting what a release added, changed and removed ("2 rows added, 3 changed and 1 removed; 1 column
 * added."); `first` marks a dataset's first release. A count names its unit only where the unit changes, as one would
 * write it.
 */
export function rowsTouched(diff: ReleaseDiff, first: boolean): string {
  if (first) return `First release: ${counted(diff.added.length, "row")}.`;
  const counts = (
    [
      [diff.added.length, "row", "added"],
      [diff.changed.length, "row", "changed"],
      [diff.removed.length, "row", "removed"],
      [diff.columnsAdded.length, "column", "added"],
      [diff.columnsRemoved.length, "column", "removed"],
    ] as const
  ).filter(([n]) => n > 0);
  if (counts.length === 0) return "No rows or columns changed.";
  const clauses = (["row", "column"] as const)
    .map((unit) => counts.filter(([, u]) => u === unit).map(([n, u, verb], i) => (i === 0 ? `${counted(n, u)} ${verb}` : `${formatNumber(n)} ${verb}`)))
    .filter((words) => words.length > 0)
    .map((words) => (words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`));
  return `${clauses.join("; ")}.`;
}

/**
 * Each dataset's newest release, newest first, at most `count`. Releases of one day go in the order of `titles` (the
 * catalogue's order of datasets), so the list never depends on the changelog's row order; a dataset missing from
 * `titles` goes after those in it.
 */
export function latestChanges(pages: readonly ReleasePage[], titles: ReadonlyMap<string, string>, count: number): LatestChange[] {
  const order = [...titles.keys()];
  const rank = (dataset: string) => (order.includes(dataset) ? order.indexOf(dataset) : order.length);
  // The changelog lists each dataset's releases oldest first, so the last one seen is its newest.
  const newest = new Map(pages.map((p) => [p.entry.dataset, p]));
  return [...newest.values()]
    .sort((a, b) => (a.entry.date === b.entry.date ? rank(a.entry.dataset) - rank(b.entry.dataset) || a.entry.dataset.localeCompare(b.entry.dataset) : a.entry.date < b.entry.date ? 1 : -1))
    .slice(0, count)
    .map(({ entry, previous, diff }) => ({
      date: entry.date,
      datasetTitle: titles.get(entry.dataset) ?? entry.dataset,
      datasetHref: datasetHref(entry.dataset),
      releaseHref: releaseHref(entry.dataset, entry.version),
      version: entry.version,
      kind: CHANGE_KIND_LABELS[entry.kind],
      rowsTouched: rowsTouched(diff, previous === null),
    }));
}
