import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseCsv, writeCsv } from "../../../src/lib/data/csv.ts";
import { SCHEMAS } from "../../../src/lib/data/schemas.ts";
import { tableToCsv } from "../../../src/lib/data/serialize.ts";
import { validateTable } from "../../../src/lib/data/validate.ts";
import { rowsArb } from "./arbitraries.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("writeCsv(header, rows) then parseCsv(text)", () => {
  test("gives back any strings, whatever they hold", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 3, maxLength: 3 }), { minLength: 1 }), (rows) => {
        const parsed = parseCsv(writeCsv(["a", "b", "c"], rows));
        expect(parsed.problems).toEqual([]);
        expect(parsed.records.slice(1).map((r) => r.cells.map((c) => c.value))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe.each(SCHEMAS.map((s) => [s.name, s] as const))("tableToCsv then validateTable for %s", (_name, schema) => {
  test("any valid rows come back identical", () => {
    fc.assert(
      fc.property(rowsArb(schema), fc.boolean(), (rows, bomAndCrlf) => {
        let text = tableToCsv(schema, rows);
        if (bomAndCrlf) text = `\uFEFF${text.replace(/\r?\n/g, "\r\n")}`;
        const result = validateTable(schema, utf8(text), "x.csv");
        expect(result.problems).toEqual([]);
        const expected = bomAndCrlf ? rows.map((r) => JSON.parse(JSON.stringify(r).replace(/(?:\\r)?\\n/g, "\\r\\n"))) : rows;
        expect(result.rows.map((r) => r.values)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
