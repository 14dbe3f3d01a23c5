/**
 * The one place the site reads datasets from disk. Pages and components call
 * `siteData()`; the first call reads and validates everything, later calls
 * reuse the result. `TAKEDOWN_DATA_DIR` points the build at another copy of
 * the data (used by tests that build the site from hostile or broken data).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { loadDatasets, type LoadReport } from "./load.ts";
import type { Datasets } from "./schemas.ts";

let cached: LoadReport | null = null;

/** Directory holding the CSVs: `$TAKEDOWN_DATA_DIR`, else `data/` under the working directory. */
export function dataDir(): string {
  return process.env["TAKEDOWN_DATA_DIR"] ?? join(process.cwd(), "data");
}

/** Bytes of a file under the data folder, or null when it does not exist: the one reader of that folder. */
export function dataFileReader(dir = dataDir()): (path: string) => Uint8Array | null {
  return (path) => {
    const full = join(dir, path);
    return existsSync(full) ? new Uint8Array(readFileSync(full)) : null;
  };
}

/** The data folder as problems name it, relative to the working directory, e.g. `data`. */
export function shownDir(dir = dataDir()): string {
  return relative(process.cwd(), dir) || ".";
}

/** Reads every dataset from `dir`, naming files relative to the working directory in problems. */
export function loadFromDisk(dir = dataDir()): LoadReport {
  return loadDatasets(dataFileReader(dir), shownDir(dir));
}

export function siteDataReport(): LoadReport {
  cached ??= loadFromDisk();
  return cached;
}

export function siteData(): Datasets {
  return siteDataReport().datasets;
}
