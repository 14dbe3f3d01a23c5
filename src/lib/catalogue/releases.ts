/**
 * The rule that keeps versions honest, and the release step that satisfies it.
 *
 * Every released version is archived byte for byte in
 * `data/releases/<dataset>/<version>.csv`, and its SHA-256 is written in the
 * changelog. So:
 * - the current `data/<dataset>.csv` must hash to its latest changelog entry:
 *   any edit fails until a new version is released (`npm run data:release`);
 * - each archive must hash to its entry: a released version never changes.
 * The file system is passed in, so tests feed fixtures without touching disk.
 */
import { csvField } from "../data/csv.ts";
import type { Problem } from "../data/problems.ts";
import { changelogSchema, expectedVersion, historyOf, type ChangeKind, type ChangelogEntry } from "./changelog.ts";
import { sha256Hex } from "./checksum.ts";

/** Where a version's archive lives, relative to the data folder. */
export function archivePath(dataset: string, version: string): string {
  return `releases/${dataset}/${version}.csv`;
}

export interface ReleaseFiles {
  /** Bytes of a file relative to the data folder (`takedowns.csv`, `releases/...`), or null if absent. */
  readonly read: (path: string) => Uint8Array | null;
  /** How the data folder is named in problems, e.g. `data`. */
  readonly dir: string;
}

const releaseCommand = (dataset: string) =>
  `record it with \`npm run data:release -- ${dataset} revision "what changed"\` (or \`correction\` when it fixes a wrong value)`;

/** Problems with archives and current files against the changelog; empty when every version is as released. */
export function checkReleases(entries: readonly ChangelogEntry[], datasets: readonly string[], files: ReleaseFiles): Problem[] {
  const problems: Problem[] = [];
  const at = (path: string, message: string) => problems.push({ file: `${files.dir}/${path}`, line: 1, column: 1, message });
  for (const entry of entries) {
    const path = archivePath(entry.dataset, entry.version);
    const bytes = files.read(path);
    if (bytes === null) at(path, `archive of ${entry.id} is missing: every released version is kept`);
    else if (sha256Hex(bytes) !== entry.sha256) {
      at(path, `archive of ${entry.id} does not match the sha256 in changelog.csv: a released version must never change`);
    }
  }
  for (const dataset of datasets) {
    const latest = historyOf(entries, dataset).at(-1);
    const path = `${dataset}.csv`;
    const bytes = files.read(path);
    if (!latest || bytes === null) continue; // reported by the changelog check and the loader
    if (sha256Hex(bytes) !== latest.sha256) {
      at(path, `${path} has changed since version ${latest.version} but no new version was released: ${releaseCommand(dataset)}`);
    }
  }
  return problems;
}

export interface ReleaseRequest {
  readonly dataset: string;
  readonly kind: ChangeKind;
  readonly summary: string;
  /** The release day, YYYY-MM-DD. */
  readonly date: string;
  /** The dataset's current content in canonical form (see formats.ts). */
  readonly csv: string;
}

export type ReleasePlan =
  | { readonly ok: true; readonly entry: ChangelogEntry; readonly archive: string; readonly changelogLine: string }
  | { readonly ok: false; readonly unchanged: boolean; readonly message: string };

/** Works out the next version, its changelog line and its archive path, or says why there is nothing to release. */
export function planRelease(entries: readonly ChangelogEntry[], request: ReleaseRequest): ReleasePlan {
  const { dataset, kind, summary, date, csv } = request;
  const fail = (message: string, unchanged = false): ReleasePlan => ({ ok: false, unchanged, message });
  const latest = historyOf(entries, dataset).at(-1);
  const sha256 = sha256Hex(csv);
  // "Nothing to release" first: it is not an error, whatever else the request says.
  if (latest && kind !== "initial" && latest.sha256 === sha256) {
    return fail(`${dataset}.csv is unchanged since version ${latest.version}: nothing to release`, true);
  }
  if (kind === "initial" && latest) return fail(`${dataset} is already released (version ${latest.version}): use revision or correction`);
  if (kind !== "initial" && !latest) return fail(`${dataset} has no release yet: its first release is kind initial`);
  if (summary.trim() === "" || summary !== summary.trim() || /[\r\n]/.test(summary)) {
    return fail("the summary must be one line of text with no spaces at its ends");
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return fail(`date ${JSON.stringify(date)} is not YYYY-MM-DD`);
  const lastDate = entries.at(-1)?.date ?? "";
  if (date < lastDate) return fail(`date ${date} is before the changelog's last entry (${lastDate})`);
  // The guards above leave only the pairs the version rule accepts.
  const version = expectedVersion(latest?.version ?? null, kind);
  if (version === null) return fail(`no version follows ${latest?.version ?? "nothing"} for a change of kind ${kind}`);
  const entry: ChangelogEntry = { id: `${dataset}@${version}`, dataset, version, date, kind, summary, sha256 };
  const line = changelogSchema.fields.map((f) => csvField(entry[f.name])).join(",");
  return { ok: true, entry, archive: archivePath(dataset, version), changelogLine: `${line}\n` };
}

/** The header line of a new changelog file. */
export function changelogHeader(): string {
  return `${changelogSchema.fields.map((f) => f.name).join(",")}\n`;
}
