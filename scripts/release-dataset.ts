// Releases a new version of a dataset after its CSV has changed:
//   npm run data:release -- <dataset> <revision|correction|initial> "What changed" [--date YYYY-MM-DD]
// Validates every dataset, rewrites data/<dataset>.csv in canonical form if needed,
// archives it as data/releases/<dataset>/<version>.csv and appends the changelog entry.
// The logic is in src/lib/catalogue/releases.ts; this file only reads and writes.
import { existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { CHANGE_KINDS, readChangelog, type ChangeKind } from "../src/lib/catalogue/changelog.ts";
import { canonicalCsv, rowsOf } from "../src/lib/catalogue/formats.ts";
import { changelogHeader, planRelease } from "../src/lib/catalogue/releases.ts";
import { changedValues } from "../src/lib/catalogue/value-check.ts";
import { DataError } from "../src/lib/data/problems.ts";
import { SCHEMAS } from "../src/lib/data/schemas.ts";
import { dataDir, loadFromDisk } from "../src/lib/data/site-data.ts";

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const dateFlag = args.indexOf("--date");
const date = dateFlag === -1 ? new Date().toISOString().slice(0, 10) : (args.splice(dateFlag, 2)[1] ?? "");
const [dataset = "", kind = "", summary = "", ...extra] = args;
const usage = `usage: npm run data:release -- <dataset> <${CHANGE_KINDS.join("|")}> "What changed" [--date YYYY-MM-DD]`;
const schema = SCHEMAS.find((s) => s.name === dataset);
if (!schema || !(CHANGE_KINDS as readonly string[]).includes(kind) || extra.length > 0) {
  stop(`${usage}\ndatasets: ${SCHEMAS.map((s) => s.name).join(", ")}`);
}

const dir = dataDir();
let rows;
try {
  rows = rowsOf(loadFromDisk(dir).datasets, schema.name);
} catch (error) {
  if (error instanceof DataError) stop(`Fix the data first.\n${error.message}`);
  throw error;
}

const changelogPath = join(dir, "changelog.csv");
const names = SCHEMAS.map((s) => s.name);
const { entries, problems } = existsSync(changelogPath)
  ? readChangelog(new Uint8Array(readFileSync(changelogPath)), "changelog.csv", names, false)
  : { entries: [], problems: [] };
if (problems.length > 0) stop(new DataError(problems).message);

// The published CSV is the canonical serialisation of the validated rows; keep the curated file in that form.
const csvPath = join(dir, `${schema.name}.csv`);
const csv = canonicalCsv(schema, rows);
const curated = readFileSync(csvPath, "utf8");
// A release must never change a value: compare every cell before anything is written.
const changed = changedValues(schema, curated, csv);
if (changed.length > 0) stop(`Nothing was written: the canonical form would change ${changed.length} value(s).\n${changed.join("\n")}`);
if (curated !== csv) {
  writeFileSync(csvPath, csv);
  console.log(`rewrote ${csvPath} in canonical form (same rows and values)`);
}

const plan = planRelease(
  entries.map((e) => e.entry),
  { dataset: schema.name, kind: kind as ChangeKind, summary, date, csv },
);
if (!plan.ok) {
  if (plan.unchanged) {
    console.log(plan.message);
    process.exit(0);
  }
  stop(plan.message);
}
const archive = join(dir, plan.archive);
if (existsSync(archive)) stop(`${archive} already exists: a released version is never overwritten`);
mkdirSync(dirname(archive), { recursive: true });
writeFileSync(archive, csv);
if (!existsSync(changelogPath)) writeFileSync(changelogPath, changelogHeader());
const current = readFileSync(changelogPath, "utf8");
appendFileSync(changelogPath, `${current.endsWith("\n") ? "" : "\n"}${plan.changelogLine}`);
console.log(`released ${plan.entry.id} (${plan.entry.kind}, ${plan.entry.date}): wrote ${archive} and added it to ${changelogPath}.`);
console.log(`Commit ${schema.name}.csv, changelog.csv and the archive together.`);
