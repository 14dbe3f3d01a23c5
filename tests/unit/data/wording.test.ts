/** Prices in the currency quoted and periods only as stated: the rules, and the real data against them. */
import { describe, expect, test } from "vitest";
import { currencyProblems, periodProblems } from "../../../src/lib/data/wording.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";

const { datasets } = loadFromDisk();

describe("currencyProblems", () => {
  test("a pound price quoted as euros with a conversion is refused, and so is keeping both currencies", () => {
    expect(currencyProblems({ id: "p", currency: "GBP", as_worded: "as little as €500" })).toHaveLength(1);
    expect(currencyProblems({ id: "p", currency: "EUR", as_worded: "as little as €500 (£435)" })[0]).toMatch(/also names GBP/);
  });
  test("the currency the words quote passes, by symbol or by name", () => {
    expect(currencyProblems({ id: "p", currency: "EUR", as_worded: "as little as €500" })).toEqual([]);
    expect(currencyProblems({ id: "p", currency: "USD", as_worded: "4,000 dollars" })).toEqual([]);
    expect(currencyProblems({ id: "p", currency: "EUR", as_worded: "23K Euro" })).toEqual([]);
  });
});

describe("periodProblems", () => {
  const row = { id: "t", period_start: "2023-07", period_end: "2024-06", source_id: "s", period_as_worded: null } as const;
  const sources = [{ id: "s", published: "2024-07-25" }];
  test("a period read from the source's words needs those words, and words are not a stated period", () => {
    expect(periodProblems({ ...row, period_basis: "read-from-wording" }, sources)).toHaveLength(1);
    expect(periodProblems({ ...row, period_basis: "read-from-wording", period_as_worded: "in the last year" }, sources)).toEqual([]);
    expect(periodProblems({ ...row, period_basis: "stated", period_as_worded: "in the last year" }, sources)).toHaveLength(1);
    expect(periodProblems({ ...row, period_basis: null }, sources)).toHaveLength(1);
  });
  test("a publication-date period must be the source's date", () => {
    expect(periodProblems({ ...row, period_basis: "publication-date" }, sources)).toHaveLength(1);
    expect(periodProblems({ ...row, period_start: "2024-07-25", period_end: "2024-07-25", period_basis: "publication-date" }, sources)).toEqual([]);
  });
});

describe("the curated data", () => {
  test("every price is in the currency its source quoted, and only that currency", () => {
    expect(datasets.prices.flatMap(currencyProblems)).toEqual([]);
  });
  test("every takedown figure's period is only what its source states, or marked as our reading", () => {
    expect(datasets.takedowns.flatMap((t) => periodProblems(t, datasets.sources))).toEqual([]);
  });
  test("the NCA's 'in the last year' figure is not presented as a stated period", () => {
    const row = datasets.takedowns.find((t) => t.id === "nca-2024-06-year");
    expect(row?.period_basis).toBe("read-from-wording");
    expect(row?.period_as_worded).toBe("in the last year");
  });
});
