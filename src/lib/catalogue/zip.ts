/**
 * ZIP archives that come out byte-identical from every build: entries in
 * sorted order, and every entry dated the version's release day (from the
 * changelog), never the build time.
 */
import { zipSync, type Zippable } from "fflate";

/**
 * The release day as a local `Date` at noon. ZIP stores local date and time
 * fields, and fflate reads them with local getters, so a local date gives the
 * same bytes in every time zone; noon keeps clear of daylight-saving jumps.
 */
export function zipTime(date: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`${JSON.stringify(date)} is not YYYY-MM-DD`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12, 0, 0);
}

/** A deflated ZIP of `files` (path inside the archive -> bytes), all dated `date`. */
export function deterministicZip(files: ReadonlyMap<string, Uint8Array>, date: string): Uint8Array {
  const mtime = zipTime(date);
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) {
    const bytes = files.get(path);
    if (bytes) entries[path] = [bytes, { mtime }];
  }
  return zipSync(entries, { level: 9, mtime });
}
