import { describe, expect, test } from "vitest";
import { knownIds } from "../../../src/lib/explainers/check.ts";
import { arrivalsFigure, arrivalsOf, parseCellRef, quotableCells, quotableFields, quoteCell, rowHref, sourceOfRef } from "../../../src/lib/explainers/lookup.ts";
import { caseStep, courtCase, datasets, event, price, source, takedown } from "../site/rows.ts";

const DATA = datasets({
  sources: [source({ id: "s1" }), source({ id: "s2", note: "About the source." })],
  takedowns: [takedown({ id: "t-1", source_id: "s2", note: "A caveat." })],
  prices: [price({ id: "p-1", source_id: "s1" })],
  events: [event({ id: "e-1", source_id: "s2", summary: "Maximum of five years." })],
  cases: [courtCase({ id: "c-1", summary: "A case with 123,000 followers.", offences: null })],
  case_steps: [caseStep({ id: "st-1", case_id: "c-1", description: "Jailed for 17 years.", source_id: "s2" })],
});

describe("quotableFields(dataset)", () => {
  test("lists the free-text columns only", () => {
    expect(quotableFields("case_steps")).toEqual(["description", "note"]);
    expect(quotableFields("cases")).toEqual(["methods", "offences", "people", "summary", "note"]);
    expect(quotableFields("arrivals")).toEqual(["note"]);
    expect(quotableFields("nonsense")).toEqual([]);
  });
});

describe("parseCellRef(ref)", () => {
  test.each([
    ["case_steps/st-1/description", { dataset: "case_steps", rowId: "st-1", field: "description" }],
    ["case_steps/st-1/date", null], // not a text column: dates go through StepDate
    ["prices/p-1/low", null], // numbers go through Price
    ["case_steps//description", null],
    ["case_steps/st-1", null],
    ["nope/st-1/description", null],
    ["case_steps/st-1/description/extra", null],
  ])("%j -> %j", (ref, expected) => {
    expect(parseCellRef(ref)).toEqual(expected);
  });
});

describe("quoteCell(data, ref)", () => {
  test("returns the cell verbatim with its row's source", () => {
    expect(quoteCell(DATA, "case_steps/st-1/description")).toEqual({ text: "Jailed for 17 years.", sourceId: "s2" });
    expect(quoteCell(DATA, "events/e-1/summary")).toEqual({ text: "Maximum of five years.", sourceId: "s2" });
  });

  test("a note of a source cites that source", () => {
    expect(quoteCell(DATA, "sources/s2/note")).toEqual({ text: "About the source.", sourceId: "s2" });
  });

  test("is null for blank cells, unknown rows and non-text columns", () => {
    expect(quoteCell(DATA, "cases/c-1/offences")).toBeNull();
    expect(quoteCell(DATA, "cases/c-9/summary")).toBeNull();
    expect(quoteCell(DATA, "prices/p-1/as_worded")).toBeNull();
  });
});

describe("quotableCells(data)", () => {
  test("holds every non-blank text cell and nothing else", () => {
    const cells = quotableCells(DATA);
    expect(cells.has("cases/c-1/summary")).toBe(true);
    expect(cells.has("takedowns/t-1/note")).toBe(true);
    expect(cells.has("cases/c-1/offences")).toBe(false);
    expect(cells.has("prices/p-1/note")).toBe(false);
    expect(cells.has("sources/s1/note")).toBe(false);
  });
});

describe("sourceOfRef(data, kind, id)", () => {
  test.each([
    ["claim", "t-1", "s2"],
    ["price", "p-1", "s1"],
    ["event", "e-1", "s2"],
    ["step", "st-1", "s2"],
    ["cell", "cases/c-1/summary", "s1"],
    ["source", "s9", "s9"],
    ["chart", "any-chart", undefined],
    ["case", "c-1", undefined],
    ["dataset", "prices", undefined],
    ["price", "p-9", undefined],
  ] as const)("%s %s -> %s", (kind, id, expected) => {
    expect(sourceOfRef(DATA, kind, id)).toBe(expected);
  });
});

describe("knownIds(data, chartIds)", () => {
  test("knows prices, events, case steps and quotable cells", () => {
    const known = knownIds(DATA, ["chart-a"]);
    expect([...known.price]).toEqual(["p-1"]);
    expect([...known.event]).toEqual(["e-1"]);
    expect([...known.step]).toEqual(["st-1"]);
    expect(known.cell.has("case_steps/st-1/description")).toBe(true);
  });
});

describe("rowHref(dataset, rowId)", () => {
  test("points at the row in the data catalogue", () => {
    expect(rowHref("prices", "p-1")).toBe("/data/prices/#p-1");
  });
});

describe("arrivalsOf(data, year) and arrivalsFigure(row, perBoat)", () => {
  const row = { id: "small-boats-2024", year: 2024, arrivals: 36816, people_per_boat: 53, status: "provisional", source_id: "s1", note: null } as const;
  const data = datasets({ arrivals: [row] });

  test("finds a year given as text, and its source", () => {
    expect(arrivalsOf(data, "2024")).toBe(row);
    expect(arrivalsOf(data, "2023")).toBeUndefined();
    expect(sourceOfRef(data, "arrival", "2024")).toBe("s1");
    expect([...knownIds(data, []).arrival]).toEqual(["2024"]);
  });

  test("prints the total or the average per boat with its unit", () => {
    expect(arrivalsFigure(row, false)).toEqual({ value: 36816, text: "36,816 people" });
    expect(arrivalsFigure(row, true)).toEqual({ value: 53, text: "53 people per boat on average" });
    expect(arrivalsFigure({ ...row, people_per_boat: null }, true)).toBeNull();
  });
});
