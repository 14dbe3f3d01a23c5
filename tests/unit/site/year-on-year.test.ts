import { describe, expect, it } from "vitest";
import { direction, yearOnYear } from "../../../src/lib/site/year-on-year.ts";
import { source, takedown } from "./rows.ts";

const sources = [source({ id: "s1", published: "2025-01-27" }), source({ id: "s2", published: "2026-01-20" })];
const y2025 = takedown({ id: "y2025", period_start: "2025", period_end: "2025", value: 10700, qualifier: "almost", unit_as_worded: "accounts, pages and posts", source_id: "s2" });

describe("direction(latest, previous)", () => {
  it.each([
    [10700, 8000, "up"],
    [8000, 10700, "down"],
    [8000, 8000, "same"],
  ] as const)("%d against %d is %s", (a, b, expected) => {
    expect(direction(a, b)).toBe(expected);
  });
});

describe("yearOnYear(latest, takedowns, sources)", () => {
  it.each([
    {
      name: "different units, previous a lower bound (the data as published)",
      previous: { unit: "accounts", unit_as_worded: "social media accounts", value: 8000, qualifier: "more-than" },
      sentence:
        "Not comparable with 2024 as a rise or fall: that year the National Crime Agency reported more than 8,000 social media accounts, " +
        "a different unit from 2025’s accounts, pages and posts. 2024’s “more than 8,000” is only a lower bound.",
      direction: "not-comparable",
      sameUnit: false,
    },
    {
      name: "different units and a lower stated number: still neither up nor down",
      previous: { unit: "accounts", unit_as_worded: "social media accounts", value: 16500, qualifier: "exact" },
      sentence:
        "Not comparable with 2024 as a rise or fall: that year the National Crime Agency reported 16,500 social media accounts, " +
        "a different unit from 2025’s accounts, pages and posts.",
      direction: "not-comparable",
      sameUnit: false,
    },
    {
      name: "same unit, lower",
      previous: { value: 12000, qualifier: "exact", as_worded: "12,000", unit_as_worded: "posts, pages and accounts" },
      sentence: "Down on 2024, when the National Crime Agency reported 12,000 posts, pages and accounts.",
      direction: "down",
      sameUnit: true,
    },
    {
      name: "same unit, same stated value",
      previous: { value: 10700, qualifier: "almost", unit_as_worded: "posts, pages and accounts" },
      sentence: "The same as 2024, when the National Crime Agency reported almost 10,700 posts, pages and accounts.",
      direction: "same",
      sameUnit: true,
    },
    {
      name: "previous an upper bound",
      previous: { value: 9000, qualifier: "up-to", unit_as_worded: "posts, pages and accounts" },
      sentence: "Up on 2024, when the National Crime Agency reported up to 9,000 posts, pages and accounts. 2024’s “up to 9,000” is only an upper bound.",
      direction: "up",
      sameUnit: true,
    },
  ] as const)("$name", ({ previous, sentence, direction: dir, sameUnit }) => {
    const rows = [y2025, takedown({ id: "y2024", source_id: "s1", ...previous })];
    const result = yearOnYear(y2025, rows, sources);
    expect(result.sentence).toBe(sentence);
    expect(result.direction).toBe(dir);
    expect(result.sameUnit).toBe(sameUnit);
    expect(result.previous?.id).toBe("y2024");
  });

  it("says when no figure for the year before was published", () => {
    const rows = [y2025, takedown({ id: "y2023", period_start: "2023", period_end: "2023" })];
    expect(yearOnYear(y2025, rows, sources)).toEqual({ direction: "no-figure", previous: null, sameUnit: true, sentence: "No figure for 2024 has been published to compare it with." });
  });

  it("compares only the same reporting body, counting rule and one-year periods", () => {
    const rows = [
      y2025,
      takedown({ id: "other-body", reporting_body: "Home Office", value: 20000 }),
      takedown({ id: "referred", counting_rule: "referred", value: 20000 }),
      takedown({ id: "cumulative", aggregation: "cumulative", value: 20000 }),
      takedown({ id: "half-year", period_start: "2024-01", period_end: "2024-06", value: 20000 }),
    ];
    expect(yearOnYear(y2025, rows, sources).direction).toBe("no-figure");
  });

  it("takes the more recently published of two figures for the year before", () => {
    const rows = [y2025, takedown({ id: "older", source_id: "s1", value: 12000 }), takedown({ id: "newer", source_id: "s2", value: 9000 })];
    expect(yearOnYear(y2025, rows, sources).previous?.id).toBe("newer");
  });

  it("refuses a latest figure that does not cover one calendar year", () => {
    expect(() => yearOnYear(takedown({ id: "span", period_start: "2024-07", period_end: "2025-06" }), [], sources)).toThrow(/one calendar year/);
  });
});

describe("the sentence never calls a change between different units up or down", () => {
  it.each([
    [5000, "exact"],
    [10700, "almost"],
    [20000, "more-than"],
  ] as const)("previous %d (%s) in another unit", (value, qualifier) => {
    const rows = [y2025, takedown({ id: "y2024", source_id: "s1", unit: "accounts", unit_as_worded: "accounts", value, qualifier })];
    const { sentence, direction: dir } = yearOnYear(y2025, rows, sources);
    expect(dir).toBe("not-comparable");
    expect(sentence).not.toMatch(/\b(up|down|higher|lower|rise|fall) (on|than)\b|^The same as/i);
    expect(sentence).toContain("different unit");
  });
});
