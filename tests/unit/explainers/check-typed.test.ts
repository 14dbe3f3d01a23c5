/** The build's explainer check (run by the validate-data integration) stops on a figure typed by hand. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { checkExplainers, EXPLAINERS_DIR, knownIds } from "../../../src/lib/explainers/check.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";

const known = knownIds(loadFromDisk().datasets, []);

/** A frontmatter block the content collection's schema accepts (lines 1-8), then a blank line. */
const FRONT = [
  "---",
  "title: A test explainer",
  "summary: A summary long enough for the schema to accept it.",
  "published: 2026-11-21",
  "updated: 2026-11-21",
  "order: 9",
  "datasets: [arrivals]",
  "---",
  "",
].join("\n");

test("a frontmatter field the content collection's schema refuses is a build problem at its line and column", () => {
  const dir = mkdtempSync(join(tmpdir(), "explainer-"));
  writeFileSync(join(dir, "bad.mdx"), FRONT.replace("datasets: [arrivals]", "datasets: [arrivals, nope]").replace("order: 9", "order: first"));
  expect(checkExplainers(dir, known)).toEqual([
    { file: expect.stringMatching(/bad\.mdx$/), line: 6, column: 8, message: expect.stringMatching(/^frontmatter order: /) },
    { file: expect.stringMatching(/bad\.mdx$/), line: 7, column: 22, message: 'frontmatter datasets.1: unknown dataset "nope"' },
  ]);
});

test("a hand-typed figure in an explainer is a build problem with its line and column", () => {
  const dir = mkdtempSync(join(tmpdir(), "explainer-"));
  writeFileSync(join(dir, "typed.mdx"), `${FRONT}\nIn 2025 some 41,474 people crossed.\n`);
  const problems = checkExplainers(dir, known);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ line: 10, column: 14 });
  expect(problems[0]?.message).toMatch(/41,474/);
});

test("the real explainers pass the build's check", () => {
  expect(checkExplainers(join(process.cwd(), EXPLAINERS_DIR), knownIds(loadFromDisk().datasets, ["takedowns-over-time", "removals-vs-arrivals", "advertised-prices", "policy-timeline", "case-timelines"]))).toEqual([]);
});
