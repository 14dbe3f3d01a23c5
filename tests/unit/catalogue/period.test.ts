import { describe, expect, test } from "vitest";
import type { FieldBase } from "../../../src/lib/data/schema-types.ts";
import { dateFields, periodCovered } from "../../../src/lib/catalogue/period.ts";
import { SCHEMAS } from "../../../src/lib/data/schemas.ts";

const f = (name: string, type: FieldBase["type"], required = true): FieldBase => ({ name, type, required, description: "d" });
const periodic = [f("id", "id"), f("period_start", "partial_date"), f("period_end", "partial_date"), f("value", "integer")];
const yearly = [f("id", "id"), f("year", "integer"), f("arrivals", "integer")];
const published = [f("id", "id"), f("published", "partial_date", false)];

describe("dateFields(fields)", () => {
  test("every dataset's dating columns", () => {
    expect(Object.fromEntries(SCHEMAS.map((s) => [s.name, dateFields(s.fields).map((d) => d.name)]))).toEqual({
      sources: ["published"],
      takedowns: ["period_start", "period_end"],
      prices: ["period_start", "period_end"],
      arrivals: ["year"],
      arrivals_monthly: ["month"],
      irregular_arrivals: ["year"],
      events: ["date"],
      cases: ["status_date"],
      case_steps: ["date"],
    });
  });
});

describe("periodCovered(fields, rows)", () => {
  test.each([
    [
      "periods keep their precision",
      periodic,
      [
        { period_start: "2021-12", period_end: "2024-06" },
        { period_start: "2015", period_end: "2015" },
      ],
      { start: "2015", end: "2024-06" },
    ],
    [
      "a year is later than a day inside it",
      periodic,
      [
        { period_start: "2024-07-25", period_end: "2024-07-25" },
        { period_start: "2024", period_end: "2024" },
      ],
      { start: "2024", end: "2024" },
    ],
    [
      "a day after a month's start is not earlier than the month",
      periodic,
      [
        { period_start: "2024-07", period_end: "2024-07" },
        { period_start: "2024-07-01", period_end: "2024-07-31" },
      ],
      { start: "2024-07", end: "2024-07" },
    ],
    ["years are read from a year column", yearly, [{ year: 2020 }, { year: 2018 }, { year: 2025 }], { start: "2018", end: "2025" }],
    [
      "blank dates are skipped",
      published,
      [{ published: null }, { published: "2019-08-08" }, { published: "2026-02" }],
      { start: "2019-08-08", end: "2026-02" },
    ],
    ["no dated cell: no period", published, [{ published: null }], null],
    ["no rows: no period", periodic, [], null],
  ] as const)("%s", (_name, fields, rows, expected) => {
    expect(periodCovered(fields, rows)).toEqual(expected);
  });
});
