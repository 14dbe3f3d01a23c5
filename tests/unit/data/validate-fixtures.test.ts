/**
 * One broken fixture per kind of problem (tests/fixtures/broken/), each swapped
 * in for takedowns.csv in an otherwise valid set of datasets. The expected
 * lines were checked by hand against the fixture files (line and column as a
 * text editor shows them).
 */
import { describe, expect, test } from "vitest";
import { loadDatasets } from "../../../src/lib/data/load.ts";
import { DataError } from "../../../src/lib/data/problems.ts";
import { fixtureReader } from "./fixtures.ts";

function problemLines(fixture: string): string[] {
  try {
    loadDatasets(fixtureReader({ "takedowns.csv": `broken/${fixture}` }));
  } catch (error) {
    if (error instanceof DataError) return error.message.split("\n").slice(1);
    throw error;
  }
  return [];
}

describe("loadDatasets(readFile) with one broken takedowns.csv", () => {
  test.each([
    ["thousands-separator.csv", 'data/takedowns.csv:2:85: value: "12,000" is not a number: write it without thousands separators (12000)'],
    ["not-a-number.csv", 'data/takedowns.csv:2:85: value: "n/a" is not a number: use digits only and an optional decimal point, with no units or words'],
    ["invalid-date.csv", 'data/takedowns.csv:2:68: period_start: "2024-13-01" is not a valid date: there is no month 13'],
    [
      "value-not-allowed.csv",
      'data/takedowns.csv:2:89: qualifier: "roughly" is not an allowed value; expected one of: exact, around, almost, nearly, more-than, up-to, from',
    ],
    ["blank-required.csv", "data/takedowns.csv:2:36: unit_as_worded is required but blank"],
    ["duplicate-id.csv", 'data/takedowns.csv:4:1: duplicate id "t-1" (first used on line 2)'],
    ["unknown-source.csv", 'data/takedowns.csv:3:105: source_id "no-such-source" does not exist in sources.csv'],
    ["unknown-conflict.csv", 'data/takedowns.csv:2:111: conflicts_with "t-9" does not exist in takedowns.csv'],
    ["end-before-start.csv", "data/takedowns.csv:2:76: period_end 2023 is before period_start 2024-06"],
    ["ragged-row.csv", "data/takedowns.csv:3:1: row has 3 cells but the header has 14"],
    ["blank-row.csv", "data/takedowns.csv:3:1: blank row"],
    [
      "unknown-column.csv",
      'data/takedowns.csv:1:145: unknown column "extra"; expected: id, reporting_body, unit, unit_as_worded, counting_rule, period_start, period_end, period_basis, period_as_worded, aggregation, value, qualifier, as_worded, source_id, conflicts_with, note',
    ],
    ["missing-column.csv", 'data/takedowns.csv:1:1: missing column "note"'],
    ["unclosed-quote.csv", 'data/takedowns.csv:3:95: quoted field is not closed (a `"` is missing)'],
    ["header-only.csv", "data/takedowns.csv:1:1: no data rows: a dataset cannot be empty"],
    ["undecodable-bytes.csv", "data/takedowns.csv:2:98: bytes here are not valid UTF-8; save the file as UTF-8"],
    // Invisible characters are refused in every text column, before they reach HTML, XML, CSV, JSON or a PNG.
    [
      "control-character.csv",
      "data/takedowns.csv:2:36: unit_as_worded: has the control character U+0001 at character 4 of the cell; remove it: control characters are invisible and break XML and images",
    ],
    [
      "nul-character.csv",
      "data/takedowns.csv:2:36: unit_as_worded: has a NUL character (U+0000) at character 9 of the cell; remove it (a file saved as UTF-16 or binary data shows many)",
    ],
    // Encodings and stray byte order marks are named, not shown as columns full of NUL characters.
    ["utf16le-no-bom.csv", "data/takedowns.csv:1:1: the file is encoded as UTF-16 (little-endian, without a byte order mark); save it as UTF-8"],
    ["utf16be-no-bom.csv", "data/takedowns.csv:1:1: the file is encoded as UTF-16 (big-endian, without a byte order mark); save it as UTF-8"],
    ["utf16-bom.csv", "data/takedowns.csv:1:1: the file is encoded as UTF-16 (little-endian, with a byte order mark); save it as UTF-8"],
    [
      "bom-in-header.csv",
      'data/takedowns.csv:1:4: column name "\\uFEFFreporting_body" holds a byte order mark (U+FEFF): a BOM may only stand at the very start of the file, once',
    ],
    [
      "bom-at-row-start.csv",
      "data/takedowns.csv:2:1: id: has a byte order mark (U+FEFF) at character 1 of the cell; remove it: a BOM may only stand at the very start of the file",
    ],
    [
      "crlf-header-lf-rows.csv",
      "data/takedowns.csv:2:1: line ends are mixed: the first line ends with CRLF (Windows) but this line ends with LF alone; save the file with one kind of line end",
    ],
    // Numbers: never negative, never rounded, never Infinity.
    ["negative-value.csv", 'data/takedowns.csv:2:85: value: "-100" is below the minimum of 0: this column cannot be negative'],
    [
      "unsafe-integer.csv",
      'data/takedowns.csv:2:85: value: "12345678901234567891" is too large to be stored exactly: whole numbers may not exceed 9007199254740991',
    ],
    ["infinite-number.csv", `data/takedowns.csv:2:85: value: ${JSON.stringify(`${"9".repeat(57)}...`)} is too large to be stored as a number`],
    // Conflicts always point at each other, never at their own row.
    ["conflict-self.csv", 'data/takedowns.csv:2:111: conflicts_with names this row\'s own id "t-1"; a row cannot conflict with itself'],
    [
      "conflict-one-way.csv",
      'data/takedowns.csv:2:111: conflicts_with names "t-2", but "t-2" does not name "t-1" back; links in conflicts_with must go both ways',
    ],
  ])("%s fails with exactly: %s", (fixture, expected) => {
    expect(problemLines(fixture)).toEqual([expected]);
  });

  test("a megabyte-long cell is refused at once by its length, not measured", () => {
    const header = "id,reporting_body,unit,unit_as_worded,counting_rule,period_start,period_end,aggregation,value,qualifier,as_worded,source_id,conflicts_with,note";
    const row = `t-1,National Crime Agency,accounts,${"x".repeat(1_000_000)},removed-after-referral,2024,2024,period,100,exact,as worded,src-a,,`;
    const read = fixtureReader({ "takedowns.csv": new TextEncoder().encode(`${header}\n${row}\n`) });
    expect(() => loadDatasets(read)).toThrow("data/takedowns.csv:2:36: unit_as_worded: is 1000000 characters long; this column allows at most 1000");
  });

  test("a missing file is reported, and every problem of every file is listed", () => {
    const read = fixtureReader({ "takedowns.csv": "broken/thousands-separator.csv", "events.csv": null });
    expect(() => loadDatasets(read)).toThrow(
      [
        "Data problems (2):",
        "data/events.csv:1:1: file not found",
        'data/takedowns.csv:2:85: value: "12,000" is not a number: write it without thousands separators (12000)',
      ].join("\n"),
    );
  });

  test("an empty file is an error", () => {
    const read = fixtureReader({ "takedowns.csv": new Uint8Array() });
    expect(() => loadDatasets(read)).toThrow("data/takedowns.csv:1:1: file is empty: expected a header row and at least one data row");
  });

  test("a UTF-8 BOM, CRLF line ends and quoted commas, quotes and line breaks are accepted", () => {
    const { datasets, counts } = loadDatasets(fixtureReader({ "takedowns.csv": "broken/bom-crlf-quoted.csv" }));
    expect(counts["takedowns"]).toEqual({ inFile: 1, validated: 1 });
    const row = datasets.takedowns[0];
    expect(row?.id).toBe("t-1");
    expect(row?.unit_as_worded).toBe('accounts, as "stated"');
    expect(row?.note).toBe("two\r\nlines");
    expect(row?.conflicts_with).toEqual([]);
  });
});

describe("loadDatasets(readFile) with a broken file other than takedowns.csv", () => {
  test.each([
    [
      "events.csv",
      "events-control-title.csv",
      ["data/events.csv:2:28: title: has the control character U+0001 at character 8 of the cell; remove it: control characters are invisible and break XML and images"],
    ],
    // The row refused for its publisher is not reported again by every table citing it.
    [
      "sources.csv",
      "sources-control-publisher.csv",
      ["data/sources.csv:2:7: publisher: has the control character U+001B at character 8 of the cell; remove it: control characters are invisible and break XML and images"],
    ],
    ["prices.csv", "prices-negative.csv", ['data/prices.csv:2:25: low: "-4500" is below the minimum of 0: this column cannot be negative']],
    ["arrivals.csv", "arrivals-negative.csv", ['data/arrivals.csv:2:15: arrivals: "-29437" is below the minimum of 0: this column cannot be negative']],
  ])("%s from %s fails with exactly the listed problems", (file, fixture, expected) => {
    try {
      loadDatasets(fixtureReader({ [file]: `broken/${fixture}` }));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      expect(error.message.split("\n").slice(1)).toEqual(expected);
      return;
    }
    expect.unreachable("the data was accepted");
  });
});

describe("loadDatasets(readFile) with valid fixtures", () => {
  const { datasets, counts } = loadDatasets(fixtureReader());

  test("counts every record in, and every row out", () => {
    for (const [name, rows] of Object.entries(datasets)) {
      expect(counts[name], name).toEqual({ inFile: rows.length, validated: rows.length });
    }
    expect(counts["takedowns"]?.validated).toBe(3);
  });

  test("types cells: numbers as numbers, lists as arrays, blanks as null", () => {
    const [first] = datasets.takedowns;
    expect(first).toEqual({
      id: "t-cumulative",
      reporting_body: "National Crime Agency",
      unit: "posts-pages-accounts",
      unit_as_worded: "posts, pages or accounts",
      counting_rule: "removed-after-referral",
      period_start: "2021-12",
      period_end: "2024-06-30",
      // Added later: absent from this fixture, as from archives released before it existed, so blank.
      period_basis: null,
      period_as_worded: null,
      aggregation: "cumulative",
      value: 12000,
      qualifier: "almost",
      as_worded: "almost 12,000",
      source_id: "src-a",
      conflicts_with: [],
      note: null,
    });
    expect(datasets.prices[1]?.platforms).toEqual(["TikTok", "Instagram"]);
    expect(datasets.prices[0]?.platforms).toEqual(["TikTok"]);
    expect(datasets.sources[1]?.note).toBe("A note\nover two lines");
  });
});
