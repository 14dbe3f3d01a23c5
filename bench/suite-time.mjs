// Times the parts of `npm test` that take longest (vitest, the build, the browser tests) and reports each as a share
// of CI's 90-minute limit, with a per-test average where the runner reports a count. Reporting only: nothing here
// fails on time. Usage: node bench/suite-time.mjs [vitest] [build] [e2e]   (default: all three; e2e needs a build)
import { spawnSync } from "node:child_process";
import { stripVTControlCharacters } from "node:util";

const CI_LIMIT_S = 90 * 60;
const STEPS = {
  vitest: { cmd: ["npx", "vitest", "run"], count: /Tests\s+(\d+) passed/ },
  build: { cmd: ["npm", "run", "build"], count: null },
  e2e: { cmd: ["npx", "playwright", "test", "--reporter=line"], count: /(\d+) passed/ },
};
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(STEPS);
const rows = [];
for (const name of chosen) {
  const step = STEPS[name];
  if (!step) throw new Error(`unknown step ${name}; choose from ${Object.keys(STEPS).join(", ")}`);
  const start = performance.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  const tests = step.count ? Number(step.count.exec(stripVTControlCharacters(`${run.stdout}${run.stderr}`))?.[1] ?? NaN) : NaN;
  rows.push({ name, seconds, exit: run.status, tests });
}
console.log("| step | wall time | share of 90-min CI limit | tests | per test | exit |");
console.log("|---|---|---|---|---|---|");
for (const r of rows) {
  const perTest = Number.isFinite(r.tests) && r.tests > 0 ? `${(r.seconds / r.tests).toFixed(2)} s` : "-";
  console.log(`| ${r.name} | ${r.seconds.toFixed(1)} s | ${((100 * r.seconds) / CI_LIMIT_S).toFixed(1)} % | ${Number.isFinite(r.tests) ? r.tests : "-"} | ${perTest} | ${r.exit} |`);
}
const total = rows.reduce((sum, r) => sum + r.seconds, 0);
console.log(`\ntotal ${total.toFixed(1)} s, ${((100 * total) / CI_LIMIT_S).toFixed(1)} % of the CI limit`);
