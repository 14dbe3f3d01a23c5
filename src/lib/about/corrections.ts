/**
 * The corrections log: the changelog entries that fixed a wrong value, newest
 * first. Revisions (new or updated rows) are not corrections and stay on the
 * datasets' own pages.
 */
import type { ChangelogEntry } from "../catalogue/changelog.ts";

export function correctionsOf(entries: readonly ChangelogEntry[]): ChangelogEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.kind === "correction")
    .sort((a, b) => (a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : b.index - a.index))
    .map(({ entry }) => entry);
}
