import { describe, expect, it } from "vitest";
import { formatDate, formatPeriod } from "../../../src/lib/format/dates.ts";

describe("formatDate(text, style)", () => {
  it.each([
    ["2024", "long", "2024"],
    ["2021-12", "long", "December 2021"],
    ["2024-07-25", "long", "25 July 2024"],
    ["2024-02-29", "long", "29 February 2024"],
    ["2024-01-05", "long", "5 January 2024"],
    ["2021-12", "short", "Dec 2021"],
    ["2024-06", "short", "Jun 2024"],
    ["2024-07-25", "short", "25 Jul 2024"],
    ["2024-09-01", "short", "1 Sep 2024"],
  ] as const)("(%s, %s) -> %s", (text, style, expected) => {
    expect(formatDate(text, style)).toBe(expected);
  });

  it("defaults to the long style", () => {
    expect(formatDate("2023-05")).toBe("May 2023");
  });

  it.each(["", "24", "2024-13", "2024-00", "2023-02-29", "2024-04-31", "2024-7-1", "2024/07", " 2024", "2024-07-25T00:00"])(
    "throws on %j",
    (text) => {
      expect(() => formatDate(text)).toThrow(RangeError);
    },
  );
});

describe("formatPeriod(start, end, style)", () => {
  it.each([
    ["2023", "2023", "2023"],
    ["2024", "2025", "2024–2025"],
    ["2018", "2024", "2018–2024"],
    ["2021-12", "2024-06", "Dec 2021 – Jun 2024"],
    ["2024-01", "2024-06", "Jan 2024 – Jun 2024"],
    ["2024-07", "2024-07", "Jul 2024"],
    ["2024-07-25", "2024-07-25", "25 Jul 2024"],
    ["2024-01-01", "2024-12-31", "1 Jan 2024 – 31 Dec 2024"],
    ["2021", "2024-06", "2021 – Jun 2024"],
    ["2023-11-02", "2024", "2 Nov 2023 – 2024"],
  ] as const)("(%s, %s) -> %s", (start, end, expected) => {
    expect(formatPeriod(start, end)).toBe(expected);
  });

  it("uses full month names in the long style", () => {
    expect(formatPeriod("2021-12", "2024-06", "long")).toBe("December 2021 – June 2024");
  });

  it("rejects a malformed end", () => {
    expect(() => formatPeriod("2024", "2024-13")).toThrow(RangeError);
  });
});
