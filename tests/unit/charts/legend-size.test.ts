/**
 * Issue 11: on a phone a chart's legend has at most PHONE_LEGEND_MAX entries (the rest is labelled directly or said
 * in the notes). Every legend is drawn by the shared `legendRow`, so this test records the entries each chart hands
 * it while drawing at each width.
 */
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { WIDTHS } from "../../../src/lib/charts/core/definition.ts";
import { PHONE_LEGEND_MAX, qualifierNote, type LegendItem } from "../../../src/lib/charts/core/legend.ts";
import { CHARTS } from "../../../src/lib/charts/registry.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";

const drawn: string[][] = [];

vi.mock("../../../src/lib/charts/core/legend.ts", async (original) => {
  const actual = await original<typeof import("../../../src/lib/charts/core/legend.ts")>();
  return {
    ...actual,
    legendRow: (items: readonly LegendItem[], ...rest: Parameters<typeof actual.legendRow> extends [unknown, ...infer R] ? R : never) => {
      drawn.push(items.map((i) => i.text));
      return actual.legendRow(items, ...rest);
    },
  };
});

const { datasets } = loadFromDisk(join(import.meta.dirname, "../../fixtures/data/charts"));

/** The legend entries a chart draws at `width`, over all its legends. */
function legendEntries(build: () => unknown): string[] {
  drawn.length = 0;
  build();
  return drawn.flat();
}

afterEach(() => {
  drawn.length = 0;
});

/**
 * Charts whose phone legend is still too long, each redesign owned elsewhere. Their test asserts they are still over,
 * so it fails once one is fixed: then delete its entry. None now (case-timelines labels its steps directly).
 */
const STILL_OVER: ReadonlySet<string> = new Set<string>();

describe.each(CHARTS.map((c) => [c.id, c] as const))("chart %s legend", (id, chart) => {
  test(`on a phone (compact width) has at most ${PHONE_LEGEND_MAX} entries`, () => {
    const entries = legendEntries(() => chart.build(datasets, WIDTHS.compact));
    if (STILL_OVER.has(id)) expect(entries.length, `${id} is within ${PHONE_LEGEND_MAX} now: remove it from STILL_OVER`).toBeGreaterThan(PHONE_LEGEND_MAX);
    else expect(entries.length, entries.join(" | ")).toBeLessThanOrEqual(PHONE_LEGEND_MAX);
  });
});

test("the recorder sees legends: the regular takedowns chart keys its qualifiers and flags", () => {
  const chart = CHARTS.find((c) => c.id === "takedowns-over-time");
  expect(chart).toBeDefined();
  const entries = legendEntries(() => chart?.build(datasets, WIDTHS.regular));
  expect(entries).toContain("Exact figure");
  expect(entries.length).toBeGreaterThan(PHONE_LEGEND_MAX);
});

describe("qualifierNote(qualifiers, what): the shape key as a sentence, for notes", () => {
  test.each([
    [["exact"], null],
    [[], null],
    [["exact", "almost", "around"], "A filled mark is an exact figure; a qualified figure is open, and its label starts with the qualifier's symbol: an open circle for ≈ approximate (around, almost, nearly)."],
    [["up-to"], "A qualified figure is open, and its label starts with the qualifier's symbol: an open upside-down triangle for ≤ upper bound (up to)."],
    [
      ["from", "more-than", "exact"],
      "A filled mark is an exact figure; a qualified figure is open, and its label starts with the qualifier's symbol: an open triangle for > lower bound (more than) and an open square for ≥ starting point (from).",
    ],
  ] as const)("%j -> %j", (qualifiers, note) => {
    expect(qualifierNote(qualifiers, "figure")).toBe(note);
  });

  test("for bars: a qualified bar keeps its length, open and topped by its mark", () => {
    expect(qualifierNote(["exact", "more-than", "almost"], "figure", "bar")).toBe(
      "A filled bar is an exact figure; a qualified figure is an open bar topped by its mark, and its label starts with the qualifier's symbol: an open circle for ≈ approximate (around, almost, nearly) and an open triangle for > lower bound (more than).",
    );
  });
});
