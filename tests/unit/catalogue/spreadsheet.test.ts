import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseCsv } from "../../../src/lib/data/csv.ts";
import { decodeUtf8 } from "../../../src/lib/data/decode.ts";
import { defineTable } from "../../../src/lib/data/schema-types.ts";
import { cellText } from "../../../src/lib/data/serialize.ts";
import { canonicalCsv } from "../../../src/lib/catalogue/formats.ts";
import {
  BYTE_ORDER_MARK,
  RISKY_FIRST_CHARACTERS,
  safeCells,
  safeText,
  spreadsheetSafeCsv,
  unsafeText,
} from "../../../src/lib/catalogue/spreadsheet.ts";

const schema = defineTable({
  name: "hostile",
  title: "Hostile",
  description: "Every kind of column the policy treats differently.",
  primaryKey: "id",
  foreignKeys: [],
  orderedPairs: [],
  fields: [
    { name: "id", type: "string", required: true, description: "Key." },
    { name: "label", type: "text", required: false, description: "Text." },
    { name: "count", type: "integer", required: false, description: "Whole number." },
    { name: "share", type: "number", required: false, description: "Number." },
    { name: "tags", type: "list", required: false, description: "List.", values: ["=a", "b"] },
  ] as const,
});

describe("safeText(value): the policy, case by case (checked by hand)", () => {
  test.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-5 per cent", "'-5 per cent"],
    ["@handle", "'@handle"],
    ["\tindented", "'\tindented"],
    ["\rcarriage", "'\rcarriage"],
    ["\nline", "'\nline"],
    ["'Albanians in London' Facebook page", "''Albanians in London' Facebook page"],
    ["''", "'''"],
    ["plain text", "plain text"],
    ["a=b", "a=b"],
    [" =not first", " =not first"],
    ["", ""],
    ["12,000", "12,000"],
    ["＝fullwidth", "＝fullwidth"],
  ])("%j -> %j", (value, safe) => {
    expect(safeText(value)).toBe(safe);
    expect(unsafeText(safe)).toBe(value);
  });

  test("the risky characters are exactly those of the written policy", () => {
    expect(RISKY_FIRST_CHARACTERS).toEqual(["=", "+", "-", "@", "\t", "\r", "\n"]);
  });
});

describe("safeCells(fields, cells)", () => {
  test("changes text columns only: numbers, negative ones included, are never touched", () => {
    expect(safeCells(schema.fields, ["=id", "-x", "-5", "-0.25", "=a;b"])).toEqual(["'=id", "'-x", "-5", "-0.25", "'=a;b"]);
  });
});

describe("spreadsheetSafeCsv(schema, rows)", () => {
  test("starts with a byte order mark and otherwise writes RFC 4180 like the canonical CSV", () => {
    const rows = [{ id: "r1", label: '=HYPERLINK("http://x","y")', count: -3, share: 1.5, tags: ["=a", "b"] }];
    expect(spreadsheetSafeCsv(schema, rows)).toBe(
      `${BYTE_ORDER_MARK}id,label,count,share,tags\nr1,"'=HYPERLINK(""http://x"",""y"")",-3,1.5,'=a;b\n`,
    );
    expect(canonicalCsv(schema, rows)).toBe('id,label,count,share,tags\nr1,"=HYPERLINK(""http://x"",""y"")",-3,1.5,=a;b\n');
  });
});

// Hostile text: any graphemes (emoji, combining marks, right-to-left), plus CSV's and spreadsheets' hard cases.
const awkward = fc.constantFrom(",", '"', "\n", "\r\n", "\r", "=", "+", "-", "@", "\t", "'", "‮", "\u0000", " ", "=cmd|' /C calc'!A0");
const hostile = fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 5 }), awkward), { maxLength: 6 }).map((p) => p.join(""));
const number = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
);
const rowsArb = fc.array(
  fc.record({
    id: hostile,
    label: fc.option(hostile),
    count: fc.option(fc.integer({ min: -1e9, max: 1e9 })),
    share: fc.option(number),
    tags: fc.subarray(["=a", "b"]),
  }),
  { minLength: 1, maxLength: 6 },
);

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Read a CSV as a spreadsheet or script would: bytes, BOM dropped, RFC 4180 records. */
const read = (text: string) => {
  const parsed = parseCsv(decodeUtf8(utf8(text)).text);
  expect(parsed.problems).toEqual([]);
  return parsed.records.map((r) => r.cells.map((c) => c.value));
};
const expected = (rows: readonly Record<string, unknown>[]) => rows.map((r) => schema.fields.map((f) => cellText(r[f.name])));

describe("property: both CSV outputs with hostile strings", () => {
  test("the canonical CSV round-trips exactly through parseCsv", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const [header, ...body] = read(canonicalCsv(schema, rows));
        expect(header).toEqual(schema.fields.map((f) => f.name));
        expect(body).toEqual(expected(rows));
      }),
      { numRuns: 400 },
    );
  });

  test("the spreadsheet-safe CSV gives the canonical values back once the documented prefix is removed, and no text cell starts with a risky character", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const text = spreadsheetSafeCsv(schema, rows);
        expect(text.startsWith(BYTE_ORDER_MARK)).toBe(true);
        const [header, ...body] = read(text);
        expect(header).toEqual(schema.fields.map((f) => f.name));
        const canonical = expected(rows);
        body.forEach((cells, r) =>
          cells.forEach((cell, c) => {
            const field = schema.fields[c];
            const numeric = field?.type === "integer" || field?.type === "number";
            // Numbers are byte for byte the canonical text; text loses exactly the prefix.
            expect(numeric ? cell : unsafeText(cell)).toBe(canonical[r]?.[c]);
            if (!numeric) expect((RISKY_FIRST_CHARACTERS as readonly string[]).includes(cell.charAt(0))).toBe(false);
          }),
        );
      }),
      { numRuns: 400 },
    );
  });
});
