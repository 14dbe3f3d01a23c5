/** Checks on the curated datasets in data/ beyond what their schemas can say. */
import { describe, expect, test } from "vitest";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";

const { datasets, counts } = loadFromDisk();

describe("the curated datasets in data/", () => {
  test("load without problems, every record in every file becoming a row", () => {
    for (const [name, c] of Object.entries(counts)) {
      expect(c.validated, name).toBe(c.inFile);
      expect(c.validated, name).toBeGreaterThan(0);
    }
  });

  test("conflicting figures point at each other", () => {
    const byId = new Map(datasets.takedowns.map((t) => [t.id, t]));
    const oneSided = datasets.takedowns.flatMap((t) =>
      t.conflicts_with.filter((other) => !byId.get(other)?.conflicts_with.includes(t.id)).map((other) => `${t.id} -> ${other}`),
    );
    expect(oneSided).toEqual([]);
  });

  test("the conflicts the sources are known for are recorded", () => {
    const conflicts = (id: string) => datasets.takedowns.find((t) => t.id === id)?.conflicts_with ?? [];
    // "more than 3,300" (April 2023) against "around 3,300" (July 2024) for the same point.
    expect(conflicts("nca-2023-04-cumulative")).toContain("nca-2023-04-restated");
    // The Home Office's 18,000 since July 2024 against the NCA series.
    expect(conflicts("ho-2025-03-since-july").length).toBeGreaterThan(0);
    // A start in November 2021 against December 2021.
    expect(conflicts("nca-2025-03-bbc")).toContain("nca-2024-12-cumulative");
  });

  test("every source is cited by at least one row", () => {
    const cited = new Set(
      Object.entries(datasets)
        .filter(([name]) => name !== "sources")
        .flatMap(([, rows]) => (rows as readonly { source_id: string }[]).map((r) => r.source_id)),
    );
    expect(datasets.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  test("a price range never runs backwards and a point has low equal to high", () => {
    for (const p of datasets.prices) expect(p.high, p.id).toBeGreaterThanOrEqual(p.low);
  });

  test("no NCA figure for 2022 alone exists, so none may appear", () => {
    const only2022 = datasets.takedowns.filter((t) => t.period_start.startsWith("2022") && t.period_end.startsWith("2022"));
    expect(only2022).toEqual([]);
  });
});
