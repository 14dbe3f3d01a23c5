/**
 * Finds what an explainer refers to (claims, prices, events, case steps, text
 * cells, sources, charts, cases, datasets)
 * with the line and column of each reference, so a typo in an id stops the
 * build with `content/explainers/<file>.mdx:line:column: problem`, exactly like
 * a data problem.
 */
import { positionIndex } from "../data/positions.ts";
import type { Problem } from "../data/problems.ts";
import { frontmatterOf, listField } from "./frontmatter.ts";

export type RefKind = "claim" | "price" | "event" | "step" | "cell" | "arrival" | "source" | "chart" | "case" | "dataset";

export interface Ref {
  readonly kind: RefKind;
  readonly id: string;
  readonly line: number;
  readonly column: number;
}

/** Component attributes that name an id, e.g. `<Figure claim="nca-2024-year" />`. */
const ATTRIBUTE_REFS: readonly { component: string; attribute: string; kind: RefKind }[] = [
  { component: "Figure", attribute: "claim", kind: "claim" },
  { component: "Price", attribute: "id", kind: "price" },
  { component: "EventDate", attribute: "id", kind: "event" },
  { component: "StepDate", attribute: "id", kind: "step" },
  { component: "Detail", attribute: "cell", kind: "cell" },
  { component: "Arrivals", attribute: "year", kind: "arrival" },
  { component: "Cite", attribute: "source", kind: "source" },
  { component: "Chart", attribute: "id", kind: "chart" },
  { component: "CaseLink", attribute: "case", kind: "case" },
];

/** Every reference in an MDX file: component attributes in the body, `charts` and `datasets` lists in the frontmatter. */
export function findRefs(text: string): Ref[] {
  const at = positionIndex(text);
  const refs: Ref[] = [];
  for (const { component, attribute, kind } of ATTRIBUTE_REFS) {
    const tag = new RegExp(`<${component}\\b[^>]*?\\b${attribute}=(["'])([^"']*)\\1`, "g");
    for (const m of text.matchAll(tag)) {
      const id = m[2] ?? "";
      const offset = (m.index ?? 0) + m[0].length - id.length - 1;
      refs.push({ kind, id, ...at(offset) });
    }
  }
  const front = frontmatterOf(text);
  if (front) {
    for (const [key, kind] of [["charts", "chart"], ["datasets", "dataset"]] as const) {
      for (const item of listField(front, key)) refs.push({ kind, id: item.value, ...at(item.offset) });
    }
  }
  return refs.sort((a, b) => a.line - b.line || a.column - b.column);
}

export type KnownIds = Readonly<Record<RefKind, ReadonlySet<string>>>;

const NAMES: Record<RefKind, string> = {
  claim: "claim (a row of takedowns.csv)",
  price: "price (a row of prices.csv)",
  event: "event (a row of events.csv)",
  step: "case step (a row of case_steps.csv)",
  cell: "cell (dataset/row-id/text-column, with a non-blank text column)",
  arrival: "year of small boat arrivals (a year in arrivals.csv)",
  source: "source (a row of sources.csv)",
  chart: "chart",
  case: "case (a row of cases.csv)",
  dataset: "dataset",
};

/** One problem per reference to an id that does not exist. */
export function checkRefs(file: string, text: string, known: KnownIds): Problem[] {
  return findRefs(text)
    .filter((r) => !known[r.kind].has(r.id))
    .map((r) => ({ file, line: r.line, column: r.column, message: `unknown ${NAMES[r.kind]} ${JSON.stringify(r.id)}` }));
}
