/**
 * The home page's "latest data changes": the most recent dataset releases from
 * the changelog, newest first, each with its dataset's title and a plain label
 * for the kind of change. Ties on a day go by dataset title, so the list never
 * depends on the changelog's row order.
 */
import { CHANGE_KIND_LABELS, type ChangelogEntry } from "../catalogue/changelog.ts";
import { datasetHref } from "../identity/data-urls.ts";

export interface LatestChange {
  readonly date: string;
  readonly datasetTitle: string;
  readonly href: string;
  readonly version: string;
  readonly kind: string;
  readonly summary: string;
}

export function latestChanges(entries: readonly ChangelogEntry[], titles: ReadonlyMap<string, string>, count: number): LatestChange[] {
  const title = (dataset: string) => titles.get(dataset) ?? dataset;
  return [...entries]
    .sort((a, b) => (a.date === b.date ? title(a.dataset).localeCompare(title(b.dataset), "en-GB") : a.date < b.date ? 1 : -1))
    .slice(0, count)
    .map((e) => ({
      date: e.date,
      datasetTitle: title(e.dataset),
      href: datasetHref(e.dataset),
      version: e.version,
      kind: CHANGE_KIND_LABELS[e.kind],
      summary: e.summary,
    }));
}
