/**
 * `data/changelog.csv`: one row per released version of each dataset. It is
 * validated by the project's own validator (so problems read
 * `file:line:column: problem`), then by the version rules below. The schema is
 * deliberately not in `SCHEMAS`: the changelog describes the datasets, it is
 * not one of them.
 *
 * Versions are semantic: a `revision` (new or updated rows, new columns) bumps
 * the minor number, a `correction` (fixing a wrong value) bumps the patch
 * number, the first release of a dataset is `initial` at 1.0.0.
 */
import type { Problem } from "../data/problems.ts";
import type { Position } from "../data/positions.ts";
import { defineTable, type RowOf } from "../data/schema-types.ts";
import { validateTable } from "../data/validate.ts";

export const CHANGE_KINDS = ["initial", "revision", "correction"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Each kind in words, for pages and READMEs. */
export const CHANGE_KIND_LABELS: Readonly<Record<ChangeKind, string>> = {
  initial: "first release",
  revision: "revision",
  correction: "correction",
};

export const changelogSchema = defineTable({
  name: "changelog",
  title: "Dataset changelog",
  description: "Every released version of every dataset, oldest first.",
  primaryKey: "id",
  foreignKeys: [],
  orderedPairs: [],
  fields: [
    { name: "id", type: "string", required: true, description: "`<dataset>@<version>`, e.g. `takedowns@1.0.0`." },
    { name: "dataset", type: "string", required: true, description: "The dataset's name, as in its file name." },
    { name: "version", type: "string", required: true, description: "Semantic version: MAJOR.MINOR.PATCH." },
    { name: "date", type: "date", required: true, description: "The day the version was released." },
    {
      name: "kind",
      type: "enum",
      required: true,
      description: "`initial` (first release), `revision` (rows or columns added or updated) or `correction` (a wrong value fixed).",
      values: CHANGE_KINDS,
    },
    { name: "summary", type: "text", required: true, description: "What changed, in plain words." },
    { name: "sha256", type: "string", required: true, description: "SHA-256 of that version's CSV, in lower-case hex." },
  ] as const,
});

export type ChangelogEntry = RowOf<typeof changelogSchema>;

export interface LocatedEntry {
  readonly entry: ChangelogEntry;
  readonly at: Readonly<Record<string, Position>>;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** The next version after `version` for a change of this kind. */
export function bumpVersion(version: string, kind: Exclude<ChangeKind, "initial">): string {
  const m = SEMVER.exec(version);
  if (!m) throw new RangeError(`${JSON.stringify(version)} is not a MAJOR.MINOR.PATCH version`);
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return kind === "revision" ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

/** The version a change of `kind` gives, after `previous` (null: the dataset's first entry). */
export function expectedVersion(previous: string | null, kind: ChangeKind): string | null {
  if (previous === null) return kind === "initial" ? "1.0.0" : null;
  return kind === "initial" ? null : bumpVersion(previous, kind);
}

/**
 * Checks the rules that make versions trustworthy. `datasets` are the known
 * names; with `requireAll` (the default) each must have at least one version.
 * The release script turns that off, since it is how a first version is made.
 */
export function checkChangelog(entries: readonly LocatedEntry[], datasets: readonly string[], file: string, requireAll = true): Problem[] {
  const problems: Problem[] = [];
  const problem = (p: Position | undefined, message: string) =>
    problems.push({ file, line: p?.line ?? 1, column: p?.column ?? 1, message });
  const latest = new Map<string, string>();
  let lastDate = "";
  for (const { entry, at } of entries) {
    const { dataset, version, kind, date } = entry;
    if (!datasets.includes(dataset)) problem(at["dataset"], `dataset ${JSON.stringify(dataset)} is not one of: ${datasets.join(", ")}`);
    if (!SEMVER.test(version)) problem(at["version"], `version ${JSON.stringify(version)} is not MAJOR.MINOR.PATCH (e.g. 1.2.0)`);
    if (!SHA256.test(entry.sha256)) problem(at["sha256"], "sha256 must be 64 lower-case hexadecimal characters");
    if (entry.id !== `${dataset}@${version}`) problem(at["id"], `id must be ${JSON.stringify(`${dataset}@${version}`)}`);
    if (date < lastDate) problem(at["date"], `date ${date} is before the previous entry's ${lastDate}: keep the file in release order`);
    lastDate = date > lastDate ? date : lastDate;
    const previous = latest.get(dataset) ?? null;
    const expected = SEMVER.test(version) && (previous === null || SEMVER.test(previous)) ? expectedVersion(previous, kind) : version;
    if (expected === null) {
      problem(
        at["kind"],
        previous === null
          ? `the first entry for ${dataset} must be kind "initial" at version 1.0.0`
          : `kind "initial" is only for a dataset's first version; ${dataset} is already at ${previous}`,
      );
    } else if (expected !== version) {
      problem(at["version"], `a ${kind} after ${previous ?? "nothing"} must be version ${expected}, not ${version}`);
    }
    latest.set(dataset, version);
  }
  for (const name of requireAll ? datasets : []) {
    if (!latest.has(name)) problem(undefined, `no entry for dataset ${JSON.stringify(name)}: every published dataset needs a version`);
  }
  return problems;
}

export interface ChangelogResult {
  readonly entries: readonly LocatedEntry[];
  readonly problems: readonly Problem[];
}

/** Reads and checks the changelog file: its cells with the validator, then the version rules. */
export function readChangelog(bytes: Uint8Array, file: string, datasets: readonly string[], requireAll = true): ChangelogResult {
  const result = validateTable(changelogSchema, bytes, file);
  const entries = result.rows.map((r) => ({
    entry: r.values as ChangelogEntry,
    at: Object.fromEntries([...r.columnOf].map(([field, column]) => [field, result.positionOf(r.offsets[column] ?? 0)])),
  }));
  return { entries, problems: [...result.problems, ...checkChangelog(entries, datasets, file, requireAll)] };
}

/** A dataset's entries, oldest first. */
export function historyOf(entries: readonly ChangelogEntry[], dataset: string): ChangelogEntry[] {
  return entries.filter((e) => e.dataset === dataset);
}

/**
 * The version of the whole collection, derived from the changelog so it needs
 * no state of its own: 1.0.0 for the first release day's initial entries, then
 * each later entry bumps it (a correction the patch number, anything else,
 * including a new dataset, the minor number). Two releases on one day give two
 * versions, so a version always names exactly one set of files.
 */
export function packageVersion(entries: readonly ChangelogEntry[]): { version: string; date: string } {
  const [first] = entries;
  if (!first) throw new RangeError("the changelog is empty");
  let version = "1.0.0";
  let date = first.date;
  for (const entry of entries.slice(1)) {
    date = entry.date > date ? entry.date : date;
    if (entry.kind === "initial" && entry.date === first.date) continue;
    version = bumpVersion(version, entry.kind === "correction" ? "correction" : "revision");
  }
  return { version, date };
}
