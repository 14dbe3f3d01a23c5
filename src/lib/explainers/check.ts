/** Checks every explainer's references against the data and the chart registry. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Problem } from "../data/problems.ts";
import { SCHEMAS, type Datasets } from "../data/schemas.ts";
import { checkRefs, type KnownIds } from "./refs.ts";

export const EXPLAINERS_DIR = "content/explainers";

export function knownIds(data: Datasets, chartIds: readonly string[]): KnownIds {
  return {
    claim: new Set(data.takedowns.map((t) => t.id)),
    source: new Set(data.sources.map((s) => s.id)),
    chart: new Set(chartIds),
    case: new Set(data.cases.map((c) => c.id)),
    dataset: new Set(SCHEMAS.map((s) => s.name)),
  };
}

/** Problems in all `.mdx` files of `dir` (relative paths in messages). */
export function checkExplainers(dir: string, known: KnownIds): Problem[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".mdx")).sort();
  return files.flatMap((f) => {
    const path = join(dir, f);
    return checkRefs(relative(process.cwd(), path), readFileSync(path, "utf8"), known);
  });
}
