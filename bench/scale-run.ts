/**
 * One scaling run, in its own process so its peak memory is its own:
 * read a synthetic CSV, validate it row by row with the site's validator
 * (scanTable: types, allowed values, dates, duplicate ids), aggregate removals
 * per year and qualifier as the rows stream past (no row is kept), and draw
 * the result as an SVG bar chart with the site's chart core. Prints JSON timings.
 * Usage: node bench/scale-run.ts <file.csv> [--baseline]
 */
import { readFileSync } from "node:fs";
import { scaleBand, scaleLinear } from "d3";
import { el, renderSvg } from "../src/lib/charts/core/svg-tree.ts";
import { scanTable } from "../src/lib/data/validate.ts";
import { syntheticSchema } from "./synthetic.ts";

const [file, flag] = process.argv.slice(2);
if (!file) throw new Error("usage: node bench/scale-run.ts <file.csv> [--baseline]");
if (flag === "--baseline") {
  // Same imports, no rows: what the process costs before any data.
  console.log(JSON.stringify({ rows: 0, seconds: 0 }));
} else {
  const start = performance.now();
  const bytes = new Uint8Array(readFileSync(file));
  const totals = new Map<string, number>();
  const result = scanTable(syntheticSchema, bytes, file, (row) => {
    const key = `${String(row.values["period_end"]).slice(0, 4)} ${String(row.values["qualifier"])}`;
    totals.set(key, (totals.get(key) ?? 0) + (row.values["value"] as number));
  });
  if (result.problems.length > 0) throw new Error(`synthetic data has problems: ${result.problems.slice(0, 3).map((p) => p.message).join("; ")}`);
  const years = [...new Set([...totals.keys()].map((k) => k.slice(0, 4)))].sort();
  const x = scaleBand().domain(years).range([40, 700]).padding(0.2);
  const y = scaleLinear().domain([0, Math.max(...totals.values())]).nice().range([380, 20]);
  const svg = renderSvg(
    el(
      "svg",
      { viewBox: "0 0 720 400", role: "img", class: "chart" },
      el("title", {}, "Synthetic removals per year"),
      ...[...totals].map(([key, total]) => el("rect", { x: x(key.slice(0, 4)) ?? 0, y: y(total), width: x.bandwidth() / 4, height: 380 - y(total), class: "series-1" })),
    ),
  );
  const seconds = (performance.now() - start) / 1000;
  console.log(JSON.stringify({ rows: result.validated, seconds, svgBytes: svg.length, bars: totals.size }));
}
