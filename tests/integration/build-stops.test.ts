/**
 * The real `astro build`, fed a broken copy of the datasets, must fail, print
 * each problem as `file:line:column: problem`, and leave no output directory.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "tests/fixtures");

test("astro build stops on bad data, lists every problem and removes the old output", () => {
  const work = mkdtempSync(join(tmpdir(), "takedown-build-"));
  const data = join(work, "data");
  cpSync(join(FIXTURES, "data/valid"), data, { recursive: true });
  cpSync(join(FIXTURES, "broken/thousands-separator.csv"), join(data, "takedowns.csv"));
  // A control character in an event title: refused here, before the PNG renderer could choke on it.
  cpSync(join(FIXTURES, "broken/events-control-title.csv"), join(data, "events.csv"));
  // A case citing a source that does not exist.
  writeFileSync(
    join(data, "case_steps.csv"),
    "id,case_id,date,step,description,source_id,note\ncase-a-arrest,case-a,2024-05-05,arrest,Arrested.,src-missing,\n",
  );
  const outDir = join(work, "dist");
  mkdirSync(outDir);
  writeFileSync(join(outDir, "index.html"), "<p>an earlier build</p>");

  const run = spawnSync("npx", ["astro", "build", "--outDir", outDir], {
    cwd: ROOT,
    env: { ...process.env, TAKEDOWN_DATA_DIR: data, ASTRO_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    timeout: 120_000,
  });

  const output = run.stderr + run.stdout;
  const problems = [
    `takedowns.csv:2:85: value: "12,000" is not a number: write it without thousands separators (12000)`,
    `case_steps.csv:2:50: source_id "src-missing" does not exist in sources.csv`,
    "events.csv:2:28: title: has the control character U+0001 at character 8 of the cell; remove it: control characters are invisible and break XML and images",
  ];
  expect(run.status).toBe(1);
  // One clean list, once: each problem printed a single time, no error report or stack trace after it.
  for (const p of problems) expect(output.split(p).length - 1, p).toBe(1);
  expect(output).toContain("Build stopped: 3 data problems, listed above.");
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/AstroError|\[ERROR\]|Error:/);
  expect(existsSync(outDir)).toBe(false);
}, 120_000);
