/**
 * One page per release in the changelog: which version of which dataset, the
 * one before it, and what changed between the two archives. The archive reader
 * is passed in (the site's reads `data/releases/`), so this stays pure.
 */
import type { ChangelogEntry } from "./changelog.ts";
import { diffReleases, readArchive, type ReleaseDiff } from "./release-diff.ts";
import { archivePath } from "./releases.ts";

export interface ReleasePage {
  readonly entry: ChangelogEntry;
  /** The same dataset's release before this one, or null for its first. */
  readonly previous: ChangelogEntry | null;
  readonly diff: ReleaseDiff;
}

/** Site address of a release's page. */
export function releaseHref(dataset: string, version: string): string {
  return `/data/${dataset}/${version}/`;
}

/** Every release, in changelog order, with its diff against the previous release of the same dataset. */
export function releasePages(entries: readonly ChangelogEntry[], readData: (path: string) => Uint8Array | null): ReleasePage[] {
  const text = (entry: ChangelogEntry) => {
    const bytes = readData(archivePath(entry.dataset, entry.version));
    if (bytes === null) throw new Error(`archive of ${entry.id} is missing`);
    return readArchive(new TextDecoder().decode(bytes));
  };
  const last = new Map<string, ChangelogEntry>();
  return entries.map((entry) => {
    const previous = last.get(entry.dataset) ?? null;
    last.set(entry.dataset, entry);
    return { entry, previous, diff: diffReleases(previous === null ? null : text(previous), text(entry)) };
  });
}
