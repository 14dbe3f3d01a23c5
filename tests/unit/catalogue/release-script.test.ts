/**
 * `npm run data:release` end to end, on a copy of the data: an edit breaks the
 * version rule, one command mends it, and running it again changes nothing.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { bumpVersion } from "../../../src/lib/catalogue/changelog.ts";
import { checkReleases } from "../../../src/lib/catalogue/releases.ts";
import { loadChangelog } from "../../../src/lib/catalogue/site-catalogue.ts";
import { dataFileReader } from "../../../src/lib/data/site-data.ts";
import { formatProblem } from "../../../src/lib/data/problems.ts";
import { SCHEMAS } from "../../../src/lib/data/schemas.ts";

const ROOT = join(import.meta.dirname, "../../..");

function release(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ["scripts/release-dataset.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, TAKEDOWN_DATA_DIR: dir },
    encoding: "utf8",
  });
}
const problems = (dir: string) =>
  checkReleases(
    loadChangelog(dir),
    SCHEMAS.map((s) => s.name),
    { dir: "data", read: dataFileReader(dir) },
  ).map(formatProblem);

test("an edited dataset fails the version rule until data:release records a new version", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "takedown-release-")), "data");
  cpSync(join(ROOT, "data"), dir, { recursive: true });
  const file = join(dir, "arrivals.csv");
  writeFileSync(file, readFileSync(file, "utf8").replace("First year of the series.", "First year of the series (PA)."));
  expect(problems(dir)).toHaveLength(1);
  const current = loadChangelog(dir).filter((e) => e.dataset === "arrivals").at(-1)?.version ?? "";
  const next = bumpVersion(current, "correction");
  const escaped = next.replace(/\./g, "\\.");

  const first = release(dir, "arrivals", "correction", "Said whose series it is.", "--date", "2099-01-01");
  expect(first.stderr).toBe("");
  expect(first.status).toBe(0);
  expect(problems(dir)).toEqual([]);
  expect(readFileSync(join(dir, "changelog.csv"), "utf8").trimEnd().split("\n").at(-1)).toMatch(
    new RegExp(`^arrivals@${escaped},arrivals,${escaped},2099-01-01,correction,Said whose series it is\\.,[0-9a-f]{64}$`),
  );
  expect(readFileSync(join(dir, `releases/arrivals/${next}.csv`))).toEqual(readFileSync(file));

  const again = release(dir, "arrivals", "correction", "Nothing.", "--date", "2099-01-01");
  expect(again.status).toBe(0);
  expect(again.stdout).toContain(`unchanged since version ${next}: nothing to release`);

  const wrong = release(dir, "arrivals", "typo", "x");
  expect(wrong.status).toBe(1);
  expect(wrong.stderr).toContain("usage: npm run data:release");
}, 30_000);

test("data:release refuses numbers it could not write back unchanged, before writing anything", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "takedown-release-")), "data");
  cpSync(join(ROOT, "data"), dir, { recursive: true });
  const file = join(dir, "arrivals.csv");
  const original = readFileSync(file, "utf8");
  const lines = original.split("\n");
  // The second row's arrivals cell: past 2^53 once, then 400 digits (Infinity as a double).
  for (const huge of ["12345678901234567891", "9".repeat(400)]) {
    const cells = (lines[1] ?? "").split(",");
    cells[2] = huge;
    writeFileSync(file, [lines[0], cells.join(","), ...lines.slice(2)].join("\n"));
    const before = { csv: readFileSync(file, "utf8"), changelog: readFileSync(join(dir, "changelog.csv"), "utf8"), archives: readdirSync(join(dir, "releases/arrivals")) };
    const run = release(dir, "arrivals", "correction", "A huge number.", "--date", "2099-01-01");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Fix the data first.");
    expect(run.stderr).toMatch(/data\/arrivals\.csv:2:\d+: arrivals: ".*" is too large to be stored/);
    expect(readFileSync(file, "utf8")).toBe(before.csv);
    expect(readFileSync(join(dir, "changelog.csv"), "utf8")).toBe(before.changelog);
    expect(readdirSync(join(dir, "releases/arrivals"))).toEqual(before.archives);
  }
}, 30_000);
