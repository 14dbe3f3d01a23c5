import { describe, expect, test } from "vitest";
import { compareCells } from "../../../src/lib/catalogue/sort-order.ts";

const sorted = (values: string[], numeric: boolean, ascending: boolean) =>
  [...values].sort((a, b) => compareCells(a, b, numeric, ascending));

describe("compareCells(a, b, numeric, ascending)", () => {
  test("numbers by value, not by text", () => {
    expect(sorted(["10", "9", "-2", "100", "1.5"], true, true)).toEqual(["-2", "1.5", "9", "10", "100"]);
    expect(sorted(["10", "9", "-2", "100", "1.5"], true, false)).toEqual(["100", "10", "9", "1.5", "-2"]);
  });

  test("text with digits read as numbers, case-insensitively first", () => {
    expect(sorted(["case 10", "Case 2", "case 1", "apple"], false, true)).toEqual(["apple", "case 1", "Case 2", "case 10"]);
  });

  test("blank cells last in both directions", () => {
    expect(sorted(["", "b", "", "a"], false, true)).toEqual(["a", "b", "", ""]);
    expect(sorted(["", "1", "", "2"], true, false)).toEqual(["2", "1", "", ""]);
  });
});
