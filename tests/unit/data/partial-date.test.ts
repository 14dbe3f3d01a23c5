import { describe, expect, it } from "vitest";
import { calendarYearOf, compareByLastDay, compareByLastDayUndatedFirst, firstDay, lastDay, parsePartialDate } from "../../../src/lib/data/partial-date.ts";

describe("parsePartialDate(text)", () => {
  it.each([
    ["2024", { year: 2024, month: null, day: null }],
    ["2021-12", { year: 2021, month: 12, day: null }],
    ["2024-07-25", { year: 2024, month: 7, day: 25 }],
  ] as const)("%s", (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it("names the bad text in its error", () => {
    expect(() => parsePartialDate("July 2024")).toThrow(/"July 2024" is not a date/);
  });
});

describe("firstDay(text) and lastDay(text)", () => {
  it.each([
    ["2024", "2024-01-01", "2024-12-31"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2023-02", "2023-02-01", "2023-02-28"],
    ["1900-02", "1900-02-01", "1900-02-28"],
    ["2000-02", "2000-02-01", "2000-02-29"],
    ["2024-04", "2024-04-01", "2024-04-30"],
    ["2024-07-25", "2024-07-25", "2024-07-25"],
  ] as const)("%s -> %s .. %s", (text, first, last) => {
    expect(firstDay(text)).toBe(first);
    expect(lastDay(text)).toBe(last);
  });
});

describe("compareByLastDay(a, b)", () => {
  it.each([
    ["2024", "2024-06-30", 1],
    ["2024-06", "2024-06-30", 0],
    ["2024-06", "2024-07-01", -1],
    ["2023", "2024-01", -1],
    ["2024-12", "2024", 0],
  ] as const)("(%s, %s) -> %s", (a, b, sign) => {
    expect(Math.sign(compareByLastDay(a, b))).toBe(sign);
  });
});

describe("compareByLastDayUndatedFirst(a, b)", () => {
  it.each([
    [null, "1900", -1],
    ["1900", null, 1],
    [null, null, 0],
    ["2024", "2024-06", 1],
  ] as const)("(%s, %s) -> %s", (a, b, sign) => {
    expect(Math.sign(compareByLastDayUndatedFirst(a, b))).toBe(sign);
  });
});

describe("calendarYearOf(start, end)", () => {
  it.each([
    ["2024", "2024", 2024],
    ["2024-01", "2024-12", 2024],
    ["2024-01-01", "2024-12-31", 2024],
    ["2024", "2024-12-31", 2024],
    ["2024", "2025", null],
    ["2024-01", "2024-11", null],
    ["2024-01-02", "2024-12-31", null],
    ["2023-12-31", "2024-12-31", null],
    ["2021-12", "2024-06", null],
  ] as const)("(%s, %s) -> %s", (start, end, expected) => {
    expect(calendarYearOf(start, end)).toBe(expected);
  });
});
