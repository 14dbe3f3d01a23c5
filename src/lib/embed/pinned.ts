/**
 * The datasets as they were at a collection version, rebuilt from the release
 * archives, for version-pinned embeds (`/embed/<chart>/<version>/`).
 *
 * The collection version is derived from the changelog by `packageVersion`
 * (1.0.0 for the first release day's initial entries, then one bump per later
 * entry). A collection version therefore names exactly one set of dataset
 * versions: the latest version of each dataset among the changelog entries up
 * to the last one that gave that collection version. Each of those is archived
 * byte for byte in `data/releases/<dataset>/<version>.csv` (and checked against
 * its sha256 before anything is built), so reading the archives through the
 * site's own loader gives exactly the rows that were published then.
 *
 * Pure: the archive reader is passed in.
 */
import { packageVersion, type ChangelogEntry } from "../catalogue/changelog.ts";
import { archivePath } from "../catalogue/releases.ts";
import { loadTables, type ReadFile } from "../data/load.ts";
import { DataError, type Problem } from "../data/problems.ts";
import { SCHEMAS, type Datasets } from "../data/schemas.ts";

export interface CollectionVersion {
  /** The collection version, e.g. `1.0.0`. */
  readonly version: string;
  /** The day of the last release in it (YYYY-MM-DD). */
  readonly date: string;
  /** Each dataset released by then, with its version at that point. */
  readonly datasets: Readonly<Record<string, string>>;
}

/**
 * Every collection version, oldest first. The version after each prefix of the
 * changelog comes from `packageVersion` itself, so the two can never disagree;
 * a version's datasets are the state after the last entry that gave it.
 */
export function collectionVersions(entries: readonly ChangelogEntry[]): CollectionVersion[] {
  const out: CollectionVersion[] = [];
  const current: Record<string, string> = {};
  entries.forEach((entry, i) => {
    current[entry.dataset] = entry.version;
    const { version, date } = packageVersion(entries.slice(0, i + 1));
    const snapshot: CollectionVersion = { version, date, datasets: { ...current } };
    if (out.at(-1)?.version === version) out[out.length - 1] = snapshot;
    else out.push(snapshot);
  });
  return out;
}

/** The collection version `version`, or an error naming the versions there are. */
export function collectionVersion(entries: readonly ChangelogEntry[], version: string): CollectionVersion {
  const all = collectionVersions(entries);
  const found = all.find((v) => v.version === version);
  if (!found) throw new RangeError(`no collection version ${JSON.stringify(version)}; there are: ${all.map((v) => v.version).join(", ")}`);
  return found;
}

/**
 * A `ReadFile` for the loader that answers `<dataset>.csv` with that dataset's
 * archive at the collection version (null for a dataset not yet released then).
 * `readData` reads a path relative to the data folder, as `ReleaseFiles.read` does.
 */
export function archiveReader(at: CollectionVersion, readData: (path: string) => Uint8Array | null): ReadFile {
  return (fileName) => {
    const dataset = fileName.replace(/\.csv$/, "");
    const version = at.datasets[dataset];
    return version === undefined ? null : readData(archivePath(dataset, version));
  };
}

/**
 * Every dataset as published at collection version `at`, validated by the same
 * loader as the live site. Problems name the archive files (`data/releases/
 * takedowns/1.0.0.csv:3:4: ...`). A dataset not yet released at that version,
 * or an archive that no longer fits today's schema, stops with a DataError:
 * a pinned embed is either exactly what was published or not built at all.
 */
export function datasetsAt(
  at: CollectionVersion,
  readData: (path: string) => Uint8Array | null,
  dir = "data",
  /** Datasets whose first release came after `at`: they did not exist then, so they are empty, not missing. */
  releasedLater: readonly string[] = [],
): Datasets {
  const missing = SCHEMAS.map((s) => s.name).filter((name) => at.datasets[name] === undefined && !releasedLater.includes(name));
  if (missing.length > 0) {
    throw new DataError(
      missing.map((name) => ({
        file: `${dir}/changelog.csv`,
        line: 1,
        column: 1,
        message: `collection version ${at.version} has no release of ${name}: a pinned embed needs every dataset`,
      })),
    );
  }
  // The loader names files `<dir>/<dataset>.csv`; name the archive actually read instead.
  const loaderDir = `${dir}/@${at.version}`;
  try {
    const present = SCHEMAS.filter((s) => at.datasets[s.name] !== undefined);
    const { tables } = loadTables(present, archiveReader(at, readData), loaderDir);
    const rows = new Map(tables.map((t) => [t.schema.name, t.rows.map((r) => Object.freeze(r.values))]));
    return Object.fromEntries(SCHEMAS.map((s) => [s.name, rows.get(s.name) ?? []])) as unknown as Datasets;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    throw new DataError(error.problems.map((p): Problem => ({ ...p, file: archiveFileName(p.file, loaderDir, dir, at) })));
  }
}

function archiveFileName(file: string, loaderDir: string, dir: string, at: CollectionVersion): string {
  const m = new RegExp(`^${loaderDir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/([a-z_]+)\\.csv$`).exec(file);
  const dataset = m?.[1];
  const version = dataset === undefined ? undefined : at.datasets[dataset];
  return dataset === undefined || version === undefined ? file : `${dir}/${archivePath(dataset, version)}`;
}
