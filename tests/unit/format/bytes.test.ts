import { describe, expect, test } from "vitest";
import { formatBytes } from "../../../src/lib/format/bytes.ts";
import { countOf } from "../../../src/lib/format/plural.ts";

describe("formatBytes(bytes)", () => {
  test.each([
    [0, "0 bytes"],
    [1, "1 byte"],
    [835, "835 bytes"],
    [999, "999 bytes"],
    [1000, "1.0 kB"],
    [7059, "7.1 kB"],
    [999_949, "999.9 kB"],
    [999_950, "1.0 MB"],
    [1_250_000, "1.3 MB"],
  ])("%i -> %s", (bytes, shown) => {
    expect(formatBytes(bytes)).toBe(shown);
  });

  test("refuses what is not a byte count", () => {
    expect(() => formatBytes(-1)).toThrow(RangeError);
    expect(() => formatBytes(1.5)).toThrow(RangeError);
  });
});

describe("countOf(n, one, many?)", () => {
  test.each([
    [0, "row", undefined, "0 rows"],
    [1, "row", undefined, "1 row"],
    [2, "row", undefined, "2 rows"],
    [1, "person", "people", "1 person"],
    [3, "person", "people", "3 people"],
  ] as const)("%i %s (%s) -> %s", (n, one, many, shown) => {
    expect(countOf(n, one, many)).toBe(shown);
  });
});
