import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXPLAINERS_DIR } from "../../../src/lib/explainers/check.ts";
import { datasetOfRef } from "../../../src/lib/explainers/lookup.ts";
import { findRefs, type RefKind } from "../../../src/lib/explainers/refs.ts";

// References that print a numbered citation, so the explainer draws on sources.csv too.
const CITING: ReadonlySet<RefKind> = new Set(["claim", "price", "event", "step", "cell", "arrival", "source"]);

function split(mdx: string): { frontmatter: string; body: string } {
  const m = /^---\r?\n[\s\S]*?\r?\n---/.exec(mdx);
  return { frontmatter: m?.[0] ?? "", body: m ? mdx.slice(m[0].length) : mdx };
}

describe("datasetOfRef(kind, id)", () => {
  test.each([
    ["claim", "x", "takedowns"],
    ["price", "x", "prices"],
    ["event", "x", "events"],
    ["step", "x", "case_steps"],
    ["arrival", "2024", "arrivals"],
    ["case", "x", "cases"],
    ["source", "x", "sources"],
    ["cell", "cases/x/summary", "cases"],
    ["cell", "cases/x/nonsense", undefined],
    ["chart", "x", undefined],
    ["dataset", "prices", undefined],
  ] as const)("%s %s -> %s", (kind, id, expected) => {
    expect(datasetOfRef(kind, id)).toBe(expected);
  });
});

describe("each explainer's Data used box lists what its text uses", () => {
  const files = readdirSync(EXPLAINERS_DIR).filter((f) => f.endsWith(".mdx")).sort();

  test.each(files)("%s lists every dataset and embedded chart it uses", (file) => {
    const { frontmatter, body } = split(readFileSync(join(EXPLAINERS_DIR, file), "utf8"));
    const listed = findRefs(frontmatter);
    const used = findRefs(body);
    const datasets = new Set(listed.filter((r) => r.kind === "dataset").map((r) => r.id));
    const charts = new Set(listed.filter((r) => r.kind === "chart").map((r) => r.id));
    const needed = new Set(used.map((r) => datasetOfRef(r.kind, r.id)).filter((d) => d !== undefined));
    if (used.some((r) => CITING.has(r.kind))) needed.add("sources");
    expect([...needed].filter((d) => !datasets.has(d))).toEqual([]);
    expect(used.filter((r) => r.kind === "chart" && !charts.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});
