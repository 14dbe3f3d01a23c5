/**
 * Checks every explainer before Astro renders it: its frontmatter against the
 * content collection's own schema, and its references against the data and
 * the chart registry, each problem at its `file:line:column`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Problem } from "../data/problems.ts";
import { SCHEMAS, type Datasets } from "../data/schemas.ts";
import { positionIndex } from "../data/positions.ts";
import { frontmatterOf, readFrontmatter } from "./frontmatter.ts";
import { explainerFrontmatterSchema, type FrontmatterIds } from "./frontmatter-schema.ts";
import { quotableCells } from "./lookup.ts";
import { findHandTypedFigures } from "./prose-figures.ts";
import { checkRefs, type KnownIds } from "./refs.ts";

export const EXPLAINERS_DIR = "content/explainers";

export function knownIds(data: Datasets, chartIds: readonly string[]): KnownIds {
  return {
    claim: new Set(data.takedowns.map((t) => t.id)),
    price: new Set(data.prices.map((p) => p.id)),
    event: new Set(data.events.map((e) => e.id)),
    step: new Set(data.case_steps.map((s) => s.id)),
    cell: quotableCells(data),
    arrival: new Set(data.arrivals.map((a) => String(a.year))),
    source: new Set(data.sources.map((s) => s.id)),
    chart: new Set(chartIds),
    case: new Set(data.cases.map((c) => c.id)),
    dataset: new Set(SCHEMAS.map((s) => s.name)),
  };
}

/** The ids explainers may list: every dataset, and the charts the caller knows (charts sit beside this layer). */
export function frontmatterIds(chartIds: readonly string[]): FrontmatterIds {
  return { datasets: SCHEMAS.map((s) => s.name), charts: chartIds };
}

/**
 * Slug, title and datasets of every explainer, read through the frontmatter
 * schema (for the data catalogue's "Used by"). An explainer whose frontmatter
 * the schema refuses is listed by file name with no datasets: the build check
 * has already stopped the build on it.
 */
export function explainerHeads(dir: string, ids: FrontmatterIds): { slug: string; title: string; datasets: string[] }[] {
  const schema = explainerFrontmatterSchema(ids);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => {
      const { data } = readFrontmatter(readFileSync(join(dir, f), "utf8"), f, schema);
      return { slug: f.replace(/\.mdx$/, ""), title: data?.title ?? f, datasets: data ? [...data.datasets] : [] };
    });
}

/** Problems in all `.mdx` files of `dir` (relative paths in messages). */
export function checkExplainers(dir: string, known: KnownIds): Problem[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".mdx")).sort();
  const schema = explainerFrontmatterSchema({ datasets: [...known.dataset], charts: [...known.chart] });
  return files.flatMap((f) => {
    const path = join(dir, f);
    const file = relative(process.cwd(), path);
    const text = readFileSync(path, "utf8");
    const front = readFrontmatter(text, file, schema);
    // The schema has checked the frontmatter's own lists; only the body's references are left to check here.
    const block = frontmatterOf(text);
    const bodyLine = block ? positionIndex(text)(block.offset + block.yaml.length).line : 0;
    const refs = checkRefs(file, text, known).filter((p) => p.line > bodyLine);
    // A figure typed into prose instead of printed from the data stops the build, like a broken reference.
    const typed = findHandTypedFigures(text).map((h): Problem => ({ file, line: h.line, column: h.column, message: `${h.rule}: ${h.text}; print it from the data with a component` }));
    return [...front.problems, ...refs, ...typed];
  });
}
