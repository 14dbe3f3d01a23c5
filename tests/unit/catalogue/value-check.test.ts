import { describe, expect, test } from "vitest";
import { changedValues } from "../../../src/lib/catalogue/value-check.ts";
import { arrivalsSchema } from "../../../src/lib/data/schemas.ts";

const HEADER = "id,year,arrivals,people_per_boat,status,source_id,note";

describe("changedValues(schema, before, after)", () => {
  test("only the form may change: BOM, CRLF, quotes and redundant zeros", () => {
    const before = `\uFEFF${HEADER}\r\na-1,2024,"36816",53.50,provisional,s,"a ""note"""\r\n`;
    const after = `${HEADER}\na-1,2024,36816,53.5,provisional,s,"a ""note"""\n`;
    expect(changedValues(arrivalsSchema, before, after)).toEqual([]);
  });

  test("a rounded integer or an Infinity is reported, cell by cell", () => {
    const before = `${HEADER}\na-1,2024,12345678901234567891,${"9".repeat(400)},provisional,s,\n`;
    const after = `${HEADER}\na-1,2024,12345678901234567000,Infinity,provisional,s,\n`;
    expect(changedValues(arrivalsSchema, before, after)).toEqual([
      'row 1, arrivals: "12345678901234567891" would be written as "12345678901234567000"',
      `row 1, people_per_boat: ${JSON.stringify("9".repeat(400))} would be written as "Infinity"`,
    ]);
  });
});
