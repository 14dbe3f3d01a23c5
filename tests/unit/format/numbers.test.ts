import { describe, expect, it } from "vitest";
import {
  formatFigure,
  formatFigureShort,
  formatNumber,
  qualifierMeaning,
  qualifierSymbol,
  qualifierWord,
} from "../../../src/lib/format/numbers.ts";
import { QUALIFIERS } from "../../../src/lib/data/schemas.ts";

describe("formatNumber(value)", () => {
  it.each([
    [0, "0"],
    [7, "7"],
    [999, "999"],
    [1000, "1,000"],
    [12000, "12,000"],
    [1234567, "1,234,567"],
    [90.5, "90.5"],
    [0.125, "0.125"],
    [-3200, "-3,200"],
  ])("%s -> %s", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])("throws on %s", (value) => {
    expect(() => formatNumber(value)).toThrow(RangeError);
  });
});

describe("formatFigure(value, qualifier, unit?)", () => {
  it.each([
    [12000, "almost", undefined, "almost 12,000"],
    [16500, "more-than", undefined, "more than 16,500"],
    [5600, "exact", undefined, "5,600"],
    [3000, "up-to", undefined, "up to 3,000"],
    [1500, "from", undefined, "from 1,500"],
    [10700, "around", undefined, "around 10,700"],
    [9000, "nearly", undefined, "nearly 9,000"],
    [90, "more-than", "percent", "more than 90%"],
    [97.5, "exact", "percent", "97.5%"],
    [12000, "almost", "posts-pages-accounts", "almost 12,000"],
    [640, "exact", "accounts", "640"],
  ] as const)("(%s, %s, %s) -> %s", (value, qualifier, unit, expected) => {
    expect(formatFigure(value, qualifier, unit)).toBe(expected);
  });
});

describe("qualifierSymbol(qualifier)", () => {
  it.each([
    ["almost", "≈"],
    ["nearly", "≈"],
    ["around", "≈"],
    ["more-than", ">"],
    ["up-to", "≤"],
    ["from", "≥"],
    ["exact", ""],
  ] as const)("%s -> %j", (qualifier, expected) => {
    expect(qualifierSymbol(qualifier)).toBe(expected);
  });
});

describe("formatFigureShort(value, qualifier, unit?)", () => {
  it.each([
    [12000, "almost", undefined, "≈12,000"],
    [16500, "more-than", undefined, ">16,500"],
    [5600, "exact", undefined, "5,600"],
    [3000, "up-to", undefined, "≤3,000"],
    [90, "from", "percent", "≥90%"],
  ] as const)("(%s, %s, %s) -> %s", (value, qualifier, unit, expected) => {
    expect(formatFigureShort(value, qualifier, unit)).toBe(expected);
  });
});

describe("qualifierWord(qualifier)", () => {
  it.each([
    ["exact", ""],
    ["more-than", "more than"],
    ["up-to", "up to"],
    ["almost", "almost"],
  ] as const)("%s -> %j", (qualifier, expected) => {
    expect(qualifierWord(qualifier)).toBe(expected);
  });
});

describe("qualifierMeaning(qualifier)", () => {
  it("explains every qualifier in a distinct sentence", () => {
    const meanings = QUALIFIERS.map(qualifierMeaning);
    expect(new Set(meanings).size).toBe(QUALIFIERS.length);
    for (const m of meanings) expect(m).toMatch(/^[A-Z].*\.$/);
  });

  it.each([
    ["more-than", /higher than this/],
    ["up-to", /this or lower/],
    ["almost", /a little lower/],
    ["exact", /without a qualifier/],
  ] as const)("%s says %s", (qualifier, pattern) => {
    expect(qualifierMeaning(qualifier)).toMatch(pattern);
  });
});
