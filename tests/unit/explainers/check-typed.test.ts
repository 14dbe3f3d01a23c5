/** The build's explainer check (run by the validate-data integration) stops on a figure typed by hand. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { checkExplainers, EXPLAINERS_DIR, knownIds } from "../../../src/lib/explainers/check.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";

const known = knownIds(loadFromDisk().datasets, []);

test("a hand-typed figure in an explainer is a build problem with its line and column", () => {
  const dir = mkdtempSync(join(tmpdir(), "explainer-"));
  writeFileSync(join(dir, "typed.mdx"), "---\ntitle: t\n---\n\nIn 2025 some 41,474 people crossed.\n");
  const problems = checkExplainers(dir, known);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ line: 5, column: 14 });
  expect(problems[0]?.message).toMatch(/41,474/);
});

test("the real explainers pass the build's check", () => {
  expect(checkExplainers(join(process.cwd(), EXPLAINERS_DIR), knownIds(loadFromDisk().datasets, ["takedowns-over-time", "removals-vs-arrivals", "advertised-prices", "policy-timeline", "case-timelines"]))).toEqual([]);
});
