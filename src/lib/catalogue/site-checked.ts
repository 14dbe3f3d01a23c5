/**
 * The site's reading of `data/checked.csv` (see checked.ts). A data folder
 * without the file (such as a test's copy) has no dates to show; a file with
 * a bad line stops the build with `file:line:column`.
 */
import { decodeUtf8 } from "../data/decode.ts";
import { DataError } from "../data/problems.ts";
import { SCHEMAS } from "../data/schemas.ts";
import { dataDir, dataFileReader, shownDir } from "../data/site-data.ts";
import { CHECKED_FILE, readChecked, type CheckedEntry } from "./checked.ts";

const cache = new Map<string, ReadonlyMap<string, CheckedEntry>>();

export function siteChecked(dir = dataDir()): ReadonlyMap<string, CheckedEntry> {
  const known = cache.get(dir);
  if (known) return known;
  const bytes = dataFileReader(dir)(CHECKED_FILE);
  const { entries, problems } =
    bytes === null
      ? { entries: new Map<string, CheckedEntry>(), problems: [] }
      : readChecked(
          decodeUtf8(bytes).text,
          `${shownDir(dir)}/${CHECKED_FILE}`,
          SCHEMAS.map((s) => s.name),
        );
  if (problems.length > 0) throw new DataError(problems);
  cache.set(dir, entries);
  return entries;
}
