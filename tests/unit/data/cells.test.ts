import { describe, expect, test } from "vitest";
import { parseCell, partialDateProblem } from "../../../src/lib/data/cells.ts";
import type { FieldBase } from "../../../src/lib/data/schema-types.ts";

const field = (type: FieldBase["type"], values?: readonly string[]): FieldBase => ({
  name: "x",
  type,
  required: true,
  description: "",
  ...(values ? { values } : {}),
});

describe("partialDateProblem(raw, fullOnly)", () => {
  test.each([
    ["2024", false, null],
    ["2024-02", false, null],
    ["2024-02-29", false, null],
    ["2023-02-29", false, '"2023-02-29" is not a valid date: 2023-02 has no day 29'],
    ["2024-13-01", true, '"2024-13-01" is not a valid date: there is no month 13'],
    ["2024-00", false, '"2024-00" is not a valid date: there is no month 00'],
    ["2024-06", true, '"2024-06" is not a date in the form YYYY-MM-DD'],
    ["25/07/2024", false, '"25/07/2024" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'],
    ["2024-7-1", false, '"2024-7-1" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD'],
  ])("%s (full only: %s) -> %s", (raw, fullOnly, expected) => {
    expect(partialDateProblem(raw, fullOnly)).toBe(expected);
  });
});

describe("parseCell(field, raw)", () => {
  test.each([
    [field("integer"), "12000", 12000],
    [{ ...field("integer"), minimum: -10 }, "-3", -3],
    [field("integer"), "9007199254740991", Number.MAX_SAFE_INTEGER],
    [field("number"), "0.1", 0.1],
    [field("number"), "1.50", 1.5],
    [field("text"), "a\ttab and\r\nbreaks", "a\ttab and\r\nbreaks"],
    [field("number"), "10.5", 10.5],
    [field("id"), "nca-2024", "nca-2024"],
    [field("url"), "https://example.org/a?b=c", "https://example.org/a?b=c"],
    [field("enum", ["a", "b"]), "b", "b"],
    [field("list", ["TikTok", "X"]), "TikTok;X", ["TikTok", "X"]],
    [field("text"), "two\nlines", "two\nlines"],
  ])("%o accepts %s", (f, raw, value) => {
    expect(parseCell(f, raw)).toEqual({ ok: true, value });
  });

  test.each([
    [field("integer"), "10.5", '"10.5" is not a whole number: use digits only, with no units or words'],
    [field("integer"), "1,218", '"1,218" is not a whole number: write it without thousands separators (1218)'],
    [field("number"), "90%", '"90%" is not a number: use digits only and an optional decimal point, with no units or words'],
    [field("number"), "1e3", '"1e3" is not a number: use digits only and an optional decimal point, with no units or words'],
    [field("number"), " 12", '" 12" has spaces or line breaks at its start or end'],
    [field("id"), "NCA 2024", '"NCA 2024" is not a valid id: use lower-case letters, digits and single hyphens'],
    [field("id"), "a--b", '"a--b" is not a valid id: use lower-case letters, digits and single hyphens'],
    [field("url"), "javascript:alert(1)", '"javascript:alert(1)" is not an absolute http(s) URL'],
    [field("url"), "example.org/page", '"example.org/page" is not an absolute http(s) URL'],
    [field("string"), "two\nlines", '"two\\nlines" has a line break; this column holds one line'],
    [field("enum", ["a", "b"]), "c", '"c" is not an allowed value; expected one of: a, b'],
    [field("list", ["TikTok", "X"]), "TikTok; X", '" X" not allowed in this list; use items from: TikTok, X, separated by ";"'],
    [field("list", ["TikTok", "X"]), "X;X", '"X" appears twice in this list'],
    // Control characters, anywhere, in any column.
    [field("string"), "An \u0001event", "has the control character U+0001 at character 4 of the cell; remove it: control characters are invisible and break XML and images"],
    [field("text"), "summary\u0000", "has a NUL character (U+0000) at character 8 of the cell; remove it (a file saved as UTF-16 or binary data shows many)"],
    [field("text"), "bell\u0007", "has the control character U+0007 at character 5 of the cell; remove it: control characters are invisible and break XML and images"],
    [field("text"), "del\u007f", "has the control character U+007F at character 4 of the cell; remove it: control characters are invisible and break XML and images"],
    [field("text"), "c1\u0085", "has the control character U+0085 at character 3 of the cell; remove it: control characters are invisible and break XML and images"],
    [field("string"), "a\ttab", "has a tab at character 2 of the cell; this column holds one line of text without tabs"],
    [field("id"), "\ufeffnca-1", "has a byte order mark (U+FEFF) at character 1 of the cell; remove it: a BOM may only stand at the very start of the file"],
    [field("url"), "https://example.org/\u001b", "has the control character U+001B at character 21 of the cell; remove it: control characters are invisible and break XML and images"],
    // Lengths: a megabyte title is refused at once, not measured.
    [field("string"), "x".repeat(1_000_001), "is 1000001 characters long; this column allows at most 1000"],
    [{ ...field("text"), maxLength: 5 }, "sixsix", "is 6 characters long; this column allows at most 5"],
    // Numbers that JavaScript cannot hold exactly are refused, never rounded.
    [field("integer"), "12345678901234567891", '"12345678901234567891" is too large to be stored exactly: whole numbers may not exceed 9007199254740991'],
    [field("integer"), "9007199254740993", '"9007199254740993" is too large to be stored exactly: whole numbers may not exceed 9007199254740991'],
    [field("number"), "9".repeat(400), `${JSON.stringify(`${"9".repeat(57)}...`)} is too large to be stored as a number`],
    [field("integer"), "9".repeat(400), `${JSON.stringify(`${"9".repeat(57)}...`)} is too large to be stored as a number`],
    [field("number"), "0.12345678901234567", '"0.12345678901234567" cannot be stored exactly: it would be written back as 0.12345678901234566; use at most 15 significant digits'],
    [field("number"), "0.0000001", '"0.0000001" cannot be stored exactly: it would be written back as 1e-7'],
    // Counts, arrivals and prices are never negative.
    [field("integer"), "-3", '"-3" is below the minimum of 0: this column cannot be negative'],
    [field("number"), "-0.5", '"-0.5" is below the minimum of 0: this column cannot be negative'],
    [{ ...field("number"), maximum: 100 }, "100.5", '"100.5" is above the maximum of 100'],
  ])("%o rejects %j", (f, raw, message) => {
    expect(parseCell(f, raw)).toEqual({ ok: false, message });
  });
});

describe("parseCell(field, raw) for id lists", () => {
  test.each([
    ["a-1", { ok: true, value: ["a-1"] }],
    ["a-1;b-2", { ok: true, value: ["a-1", "b-2"] }],
    ["a-1; b-2", { ok: false, message: '" b-2" not valid ids; separate ids with ";" and no spaces' }],
    ["a-1,b-2", { ok: false, message: '"a-1,b-2" not valid ids; separate ids with ";" and no spaces' }],
    ["a-1;a-1", { ok: false, message: '"a-1" appears twice in this list' }],
  ])("%j -> %o", (raw, expected) => {
    expect(parseCell(field("id_list"), raw)).toEqual(expected);
  });
});
