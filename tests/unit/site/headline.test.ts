import { describe, expect, it } from "vitest";
import { headline, latestAnnualRemovals, latestCumulativeRemovals } from "../../../src/lib/site/headline.ts";
import { source, takedown } from "./rows.ts";

const sources = [
  source({ id: "s1", published: "2024-07-25" }),
  source({ id: "s2", published: "2025-01" }),
  source({ id: "s3", published: "2023" }),
  source({ id: "undated", published: null }),
];

describe("latestAnnualRemovals(takedowns, sources)", () => {
  it("picks the latest single calendar year", () => {
    const rows = [
      takedown({ id: "y2022", period_start: "2022", period_end: "2022" }),
      takedown({ id: "y2024", period_start: "2024", period_end: "2024" }),
      takedown({ id: "y2023", period_start: "2023", period_end: "2023" }),
    ];
    expect(latestAnnualRemovals(rows, sources).id).toBe("y2024");
  });

  it.each([
    ["2024-01-01", "2024-12-31", true],
    ["2024-01", "2024-12", true],
    ["2024", "2024", true],
    ["2024-01", "2024-06", false],
    ["2024", "2025", false],
    ["2024-02-01", "2025-01-31", false],
  ] as const)("treats %s..%s as one calendar year: %s", (period_start, period_end, counts) => {
    const rows = [takedown({ id: "older", period_start: "2020", period_end: "2020" }), takedown({ id: "candidate", period_start, period_end })];
    expect(latestAnnualRemovals(rows, sources).id).toBe(counts ? "candidate" : "older");
  });

  it.each([
    ["another reporting body", { reporting_body: "Home Office" }],
    ["another counting rule", { counting_rule: "referred" }],
    ["a cumulative total", { aggregation: "cumulative" }],
  ] as const)("ignores %s", (_, over) => {
    const rows = [takedown({ id: "ok", period_start: "2022", period_end: "2022" }), takedown({ id: "wrong", ...over })];
    expect(latestAnnualRemovals(rows, sources).id).toBe("ok");
  });

  it("breaks a tie on year by the later source publication, then by id", () => {
    const rows = [
      takedown({ id: "b-old-source", source_id: "s1" }),
      takedown({ id: "c-new-source", source_id: "s2" }),
      takedown({ id: "a-new-source", source_id: "s2" }),
    ];
    expect(latestAnnualRemovals(rows, sources).id).toBe("a-new-source");
    expect(latestAnnualRemovals([...rows].reverse(), sources).id).toBe("a-new-source");
  });

  it("throws a clear error when no row qualifies", () => {
    const rows = [takedown({ id: "running", aggregation: "cumulative" }), takedown({ id: "half", period_start: "2024-01", period_end: "2024-06" })];
    expect(() => latestAnnualRemovals(rows, sources)).toThrow(/No takedown figure qualifies as the latest annual removals/);
    expect(() => latestAnnualRemovals([], sources)).toThrow(/exactly one calendar year/);
  });
});

describe("latestCumulativeRemovals(takedowns, sources)", () => {
  const cumulative = (id: string, period_end: string, source_id = "s1") =>
    takedown({ id, aggregation: "cumulative", period_start: "2021-12", period_end, source_id });

  it("picks the latest period end, comparing partial dates by their last day", () => {
    const rows = [cumulative("mid-2024", "2024-06-30"), cumulative("all-2024", "2024"), cumulative("jul-2024", "2024-07")];
    expect(latestCumulativeRemovals(rows, sources).id).toBe("all-2024");
  });

  it("treats 2024-12 and 2024 as ending together and prefers the later source", () => {
    const rows = [cumulative("year", "2024", "s1"), cumulative("december", "2024-12", "s2")];
    expect(latestCumulativeRemovals(rows, sources).id).toBe("december");
  });

  it("compares source publication dates by their last day too", () => {
    // s3 was published "2023" (any day that year), s1 on 2024-07-25.
    const rows = [cumulative("from-2023-source", "2023-06", "s3"), cumulative("from-2024-source", "2023-06", "s1")];
    expect(latestCumulativeRemovals(rows, sources).id).toBe("from-2024-source");
  });

  it("prefers a dated source over an undated one on a tie", () => {
    const rows = [cumulative("a-undated", "2024", "undated"), cumulative("b-dated", "2024", "s3")];
    expect(latestCumulativeRemovals(rows, sources).id).toBe("b-dated");
  });

  it("ignores period figures and other bodies and rules", () => {
    const rows = [
      cumulative("ok", "2023"),
      takedown({ id: "period", period_end: "2025" }),
      takedown({ id: "europol", reporting_body: "Europol", aggregation: "cumulative", period_end: "2025" }),
      takedown({ id: "share", counting_rule: "removed-share", aggregation: "cumulative", period_end: "2025" }),
    ];
    expect(latestCumulativeRemovals(rows, sources).id).toBe("ok");
  });

  it("throws a clear error when no row qualifies", () => {
    expect(() => latestCumulativeRemovals([takedown({ id: "period" })], sources)).toThrow(
      /No takedown figure qualifies as the latest cumulative removals/,
    );
  });
});

describe("headline(data)", () => {
  it("returns both rows unchanged, with their sources and conflicting rows from either side", () => {
    const annual = takedown({ id: "annual", source_id: "s2", conflicts_with: ["rival"] });
    const rival = takedown({ id: "rival", reporting_body: "Home Office", conflicts_with: ["annual"] });
    const total = takedown({ id: "total", aggregation: "cumulative", period_start: "2021-12", period_end: "2024-06" });
    const other = takedown({ id: "other", reporting_body: "Europol", conflicts_with: ["total"] });
    const result = headline({ takedowns: [annual, rival, total, other], sources });
    expect(result.annual.row).toBe(annual);
    expect(result.annual.source.id).toBe("s2");
    expect(result.annual.conflicts.map((r) => r.id)).toEqual(["rival"]);
    expect(result.cumulative.row).toBe(total);
    expect(result.cumulative.source.id).toBe("s1");
    expect(result.cumulative.conflicts.map((r) => r.id)).toEqual(["other"]);
  });

  it("throws when a chosen row's source is missing", () => {
    const rows = [takedown({ id: "a", source_id: "nowhere" }), takedown({ id: "c", aggregation: "cumulative", source_id: "nowhere" })];
    expect(() => headline({ takedowns: rows, sources })).toThrow(/source "nowhere"/);
  });
});
