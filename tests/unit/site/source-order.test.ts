import { describe, expect, it } from "vitest";
import { sortSourcesNewestFirst, sourcesByYear } from "../../../src/lib/site/source-order.ts";
import { source } from "./rows.ts";

const rows = [
  source({ id: "mid-2024", published: "2024-07-25" }),
  source({ id: "year-2024", published: "2024" }),
  source({ id: "dec-2021", published: "2021-12" }),
  source({ id: "b-jan-2025", published: "2025-01-10" }),
  source({ id: "a-jan-2025", published: "2025-01-10" }),
  source({ id: "sep-2024", published: "2024-09" }),
  source({ id: "undated-b", published: null }),
  source({ id: "undated-a", published: null }),
];

describe("sortSourcesNewestFirst(sources)", () => {
  it("orders by last possible day, newest first, undated last, then by id", () => {
    expect(sortSourcesNewestFirst(rows).map((s) => s.id)).toEqual([
      "a-jan-2025",
      "b-jan-2025",
      "year-2024",
      "sep-2024",
      "mid-2024",
      "dec-2021",
      "undated-a",
      "undated-b",
    ]);
  });

  it("does not reorder its input", () => {
    const input = [...rows];
    sortSourcesNewestFirst(input);
    expect(input).toEqual(rows);
  });
});

describe("sourcesByYear(sources)", () => {
  it("groups by publication year, newest year first, undated sources last", () => {
    expect(sourcesByYear(rows).map((g) => [g.year, g.sources.map((s) => s.id)])).toEqual([
      [2025, ["a-jan-2025", "b-jan-2025"]],
      [2024, ["year-2024", "sep-2024", "mid-2024"]],
      [2021, ["dec-2021"]],
      [null, ["undated-a", "undated-b"]],
    ]);
  });

  it("returns no groups for no sources", () => {
    expect(sourcesByYear([])).toEqual([]);
  });
});
