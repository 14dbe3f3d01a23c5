/**
 * The one place the catalogue reads from disk: the changelog and the release
 * archives, from the same data folder as the datasets (`$TAKEDOWN_DATA_DIR` or
 * `data/`). Pages and download endpoints call `siteCatalogue(site)`; the first
 * call reads, checks and builds everything, later calls reuse it.
 */
import { join } from "node:path";
import { DataError, type Problem } from "../data/problems.ts";
import { SCHEMAS } from "../data/schemas.ts";
import { dataDir, dataFileReader, loadFromDisk, shownDir, siteData } from "../data/site-data.ts";
import { CHARTS } from "../charts/registry.ts";
import { EXPLAINERS_DIR, explainerHeads, frontmatterIds } from "../explainers/check.ts";
import { buildCatalogue, problemsBeforePublishing, type Catalogue } from "./catalogue.ts";
import { chartUsage, explainerUsage, type UsageItem } from "./usage.ts";
import { readChangelog, type ChangelogEntry } from "./changelog.ts";
import { releasePages, type ReleasePage } from "./release-pages.ts";

export const CHANGELOG_FILE = "changelog.csv";

/** Reads and checks the changelog; throws a DataError listing every problem. */
export function loadChangelog(dir = dataDir()): ChangelogEntry[] {
  const file = `${shownDir(dir)}/${CHANGELOG_FILE}`;
  const bytes = dataFileReader(dir)(CHANGELOG_FILE);
  if (bytes === null)
    throw new DataError([
      { file, line: 1, column: 1, message: "file not found: every dataset needs a version (see `npm run data:release`)" },
    ]);
  const { entries, problems } = readChangelog(
    bytes,
    file,
    SCHEMAS.map((s) => s.name),
  );
  if (problems.length > 0) throw new DataError(problems);
  return entries.map((e) => e.entry);
}

/**
 * Every catalogue problem in the data folder (changelog, releases, canonical
 * form), for a check before any page is rendered, such as the build's
 * data-validation integration. Empty when the catalogue can be built.
 */
export function catalogueProblems(dir = dataDir()): Problem[] {
  try {
    const changelog = loadChangelog(dir);
    return problemsBeforePublishing({
      site: "https://example.invalid/",
      data: loadFromDisk(dir).datasets,
      changelog,
      read: dataFileReader(dir),
      dir: shownDir(dir),
    });
  } catch (error) {
    if (error instanceof DataError) return [...error.problems];
    throw error;
  }
}

const cache = new Map<string, Catalogue>();
let releases: ReleasePage[] | null = null;

/** Every release with its diff against the one before, read once: the release pages and the home page's latest changes share it. */
export function siteReleasePages(): ReleasePage[] {
  const dir = dataDir();
  releases ??= releasePages(loadChangelog(dir), dataFileReader(dir));
  return releases;
}

/** Every published chart and explainer with the datasets it uses. */
export function siteUsage(): UsageItem[] {
  return [...chartUsage(CHARTS, siteData()), ...explainerUsage(explainerHeads(join(process.cwd(), EXPLAINERS_DIR), frontmatterIds(CHARTS.map((c) => c.id))))];
}

/** The catalogue for the public address `site` (Astro's `site` setting). */
export function siteCatalogue(site: URL | string | undefined): Catalogue {
  if (site === undefined) throw new Error("The data catalogue needs Astro's `site` setting: citations give absolute URLs.");
  const key = String(site);
  const cached = cache.get(key);
  if (cached) return cached;
  const dir = dataDir();
  const built = buildCatalogue({
    site: key,
    data: siteData(),
    changelog: loadChangelog(dir),
    read: dataFileReader(dir),
    dir: shownDir(dir),
    usage: siteUsage(),
  });
  cache.set(key, built);
  return built;
}
