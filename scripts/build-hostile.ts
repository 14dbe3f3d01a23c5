// Builds the site from a hostile copy of the datasets (tests/hostile/payloads.ts) into dist-hostile/,
// for the browser test that checks every page shows hostile text as text. Run by `npm test`.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadFromDisk } from "../src/lib/data/site-data.ts";
import { hostileFiles } from "../tests/hostile/payloads.ts";

const root = join(import.meta.dirname, "..");
const dataDir = join(root, ".hostile-data");
rmSync(dataDir, { recursive: true, force: true });
const files = hostileFiles(loadFromDisk(join(root, "data")).datasets, readFileSync(join(root, "data/changelog.csv"), "utf8"));
for (const [name, text] of files) {
  mkdirSync(dirname(join(dataDir, name)), { recursive: true });
  writeFileSync(join(dataDir, name), text);
}
const run = spawnSync("npx", ["astro", "build", "--outDir", "dist-hostile"], {
  cwd: root,
  env: { ...process.env, TAKEDOWN_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: "1" },
  stdio: "inherit",
});
process.exit(run.status ?? 1);
