/** Checks every explainer's references against the data and the chart registry. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Problem } from "../data/problems.ts";
import { SCHEMAS, type Datasets } from "../data/schemas.ts";
import { frontmatterOf, scalarField } from "./frontmatter.ts";
import { quotableCells } from "./lookup.ts";
import { findHandTypedFigures } from "./prose-figures.ts";
import { checkRefs, findRefs, type KnownIds } from "./refs.ts";

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

/** Slug, title and datasets of every explainer, read from its frontmatter (for the data catalogue's "Used by"). */
export function explainerHeads(dir: string): { slug: string; title: string; datasets: string[] }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      const front = frontmatterOf(text);
      const title = front ? scalarField(front, "title") : null;
      return {
        slug: f.replace(/\.mdx$/, ""),
        title: title ?? f,
        datasets: findRefs(text)
          .filter((r) => r.kind === "dataset")
          .map((r) => r.id),
      };
    });
}

/** Problems in all `.mdx` files of `dir` (relative paths in messages). */
export function checkExplainers(dir: string, known: KnownIds): Problem[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".mdx")).sort();
  return files.flatMap((f) => {
    const path = join(dir, f);
    const file = relative(process.cwd(), path);
    const text = readFileSync(path, "utf8");
    // A figure typed into prose instead of printed from the data stops the build, like a broken reference.
    const typed = findHandTypedFigures(text).map((h): Problem => ({ file, line: h.line, column: h.column, message: `${h.rule}: ${h.text}; print it from the data with a component` }));
    return [...checkRefs(file, text, known), ...typed];
  });
}
