/**
 * `npm run bench`: measures the site and writes a Markdown report to
 * bench/results/. Not part of `npm test`: timings on shared 2-core machines are
 * noisy, so the report gives ratios and budgets, and nothing here fails a build.
 *  1. cold build time and peak memory;
 *  2. scaling of the parse -> validate -> aggregate -> chart path with 10k, 100k and 1M synthetic rows;
 *  3. page weight per page type;
 *  4. Lighthouse scores (mobile, median of three runs) on one page of every type and every chart page.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LIGHTHOUSE_PAGES, builtOf, lighthouseTable, runLighthouse } from "./lighthouse.ts";
import { kb, mb, measureNode } from "./measure.ts";
import { syntheticCsv } from "./synthetic.ts";
import { pageWeight } from "./weight.ts";

const ROOT = join(import.meta.dirname, "..");
const DIST = join(ROOT, "dist");
const ASTRO = join(ROOT, "node_modules/astro/bin/astro.mjs");
const lines: string[] = [`# Benchmark report`, "", `Node ${process.version}, ${process.platform}/${process.arch}. Timings vary on shared machines: read the ratios.`, ""];

// 1. Cold build.
rmSync(DIST, { recursive: true, force: true });
rmSync(join(ROOT, ".astro"), { recursive: true, force: true });
const build = measureNode([ASTRO, "build"]);
lines.push("## 1. Cold build", "", "| measure | value |", "|---|---|", `| wall time | ${build.seconds.toFixed(2)} s |`, `| peak memory | ${mb(build.peakBytes)} |`, "");

// 2. Scaling.
const work = mkdtempSync(join(tmpdir(), "bench-scale-"));
const baseline = measureNode([join(import.meta.dirname, "scale-run.ts"), "unused", "--baseline"]);
lines.push("## 2. Scaling: synthetic takedown rows through parse, validate, aggregate and chart", "");
lines.push(`Baseline process (same imports, no rows): ${baseline.seconds.toFixed(2)} s, peak ${mb(baseline.peakBytes)}.`, "");
lines.push("| rows | CSV size | time | time per 100k rows | peak memory | added over baseline |", "|---|---|---|---|---|---|");
const perHundredK: number[] = [];
for (const rows of [10_000, 100_000, 1_000_000]) {
  const file = join(work, `takedowns-${rows}.csv`);
  writeFileSync(file, syntheticCsv(rows));
  const run = measureNode([join(import.meta.dirname, "scale-run.ts"), file]);
  const result = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as { rows: number; seconds: number };
  if (result.rows !== rows) throw new Error(`expected ${rows} rows, validated ${result.rows}`);
  perHundredK.push((result.seconds / rows) * 100_000);
  lines.push(
    `| ${rows.toLocaleString("en-GB")} | ${mb(statSync(file).size)} | ${result.seconds.toFixed(2)} s | ${((result.seconds / rows) * 100_000).toFixed(3)} s | ${mb(run.peakBytes)} | ${mb(run.peakBytes - baseline.peakBytes)} |`,
  );
}
const ratio = (perHundredK[2] ?? 0) / (perHundredK[1] ?? 1);
lines.push("", `Linearity: time per 100k rows at 1M divided by that at 100k = ${ratio.toFixed(2)} (1.00 is perfectly linear).`);
lines.push("Goal: the 1M-row case adds under 2 s and stays under 400 MB peak on a 2-core machine.", "");
rmSync(work, { recursive: true, force: true });

// 3. Page weight.
const PAGE_TYPES: [string, string][] = [
  ["home", "/"],
  ["explainer", "/explainers/reading-the-numbers/"],
  ["chart page", "/charts/takedowns-over-time/"],
  ["dataset page", "/data/takedowns/"],
  ["case page", "/cases/preston-zada/"],
  ["sources", "/sources/"],
  ["embed", "/embed/takedowns-over-time/"],
];
lines.push("## 3. Page weight (gzip level 9)", "", "| page type | path | requests | HTML | CSS | JS | total |", "|---|---|---|---|---|---|---|");
for (const [type, path] of PAGE_TYPES) {
  if (!existsSync(join(DIST, path, "index.html"))) {
    lines.push(`| ${type} | ${path} | not built | | | | |`);
    continue;
  }
  const w = pageWeight(DIST, path);
  lines.push(`| ${type} | ${path} | ${w.requests} | ${kb(w.htmlGz)} | ${kb(w.cssGz)} | ${kb(w.jsGz)} | ${kb(w.totalGz)} |`);
}
lines.push("");

// 4. Lighthouse.
const RUNS = 3;
const lhPages = builtOf(LIGHTHOUSE_PAGES);
const scores = await runLighthouse(lhPages, RUNS);
lines.push("## 4. Lighthouse (mobile settings, served with gzip)", "");
if (scores === null) lines.push("Skipped: no Chromium found (set CHROMIUM_PATH).");
else lines.push(`Each page run ${RUNS} times; the median is the score, the lowest run is shown beside it.`, "", ...lighthouseTable(scores), "", "Goal: 100 in each.");

mkdirSync(join(import.meta.dirname, "results"), { recursive: true });
const out = join(import.meta.dirname, "results", `report-${new Date().toISOString().slice(0, 10)}.md`);
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(lines.join("\n"));
console.log(`\nwrote ${out}`);
