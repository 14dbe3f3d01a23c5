/**
 * `npm run data:release` end to end, on a copy of the data: an edit breaks the
 * version rule, one command mends it, and running it again changes nothing.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { checkReleases } from "../../../src/lib/catalogue/releases.ts";
import { dataFileReader, loadChangelog } from "../../../src/lib/catalogue/site-catalogue.ts";
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

  const first = release(dir, "arrivals", "correction", "Said whose series it is.", "--date", "2099-01-01");
  expect(first.stderr).toBe("");
  expect(first.status).toBe(0);
  expect(problems(dir)).toEqual([]);
  expect(readFileSync(join(dir, "changelog.csv"), "utf8").trimEnd().split("\n").at(-1)).toMatch(
    /^arrivals@1\.0\.1,arrivals,1\.0\.1,2099-01-01,correction,Said whose series it is\.,[0-9a-f]{64}$/,
  );
  expect(readFileSync(join(dir, "releases/arrivals/1.0.1.csv"))).toEqual(readFileSync(file));

  const again = release(dir, "arrivals", "correction", "Nothing.", "--date", "2099-01-01");
  expect(again.status).toBe(0);
  expect(again.stdout).toContain("unchanged since version 1.0.1: nothing to release");

  const wrong = release(dir, "arrivals", "typo", "x");
  expect(wrong.status).toBe(1);
  expect(wrong.stderr).toContain("usage: npm run data:release");
}, 30_000);
