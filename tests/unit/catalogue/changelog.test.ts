import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { bumpVersion, packageVersion, readChangelog, type ChangelogEntry } from "../../../src/lib/catalogue/changelog.ts";
import { SCHEMAS } from "../../../src/lib/data/schemas.ts";
import { formatProblem } from "../../../src/lib/data/problems.ts";

const SHA = "a".repeat(64);
const NAMES = ["takedowns", "prices"];
const HEADER = "id,dataset,version,date,kind,summary,sha256\n";
const utf8 = (s: string) => new TextEncoder().encode(s);
const problemsOf = (body: string, names = NAMES) =>
  readChangelog(utf8(HEADER + body), "data/changelog.csv", names).problems.map(formatProblem);

describe("bumpVersion(version, kind)", () => {
  test.each([
    ["1.0.0", "revision", "1.1.0"],
    ["1.0.0", "correction", "1.0.1"],
    ["1.4.2", "revision", "1.5.0"],
    ["1.9.9", "correction", "1.9.10"],
    ["2.10.3", "revision", "2.11.0"],
  ] as const)("%s + %s = %s", (version, kind, next) => {
    expect(bumpVersion(version, kind)).toBe(next);
  });

  test("refuses what is not MAJOR.MINOR.PATCH", () => {
    expect(() => bumpVersion("1.0", "revision")).toThrow(RangeError);
  });
});

describe("readChangelog(bytes, file, datasets)", () => {
  test("the real data/changelog.csv is valid and gives every published dataset a version", () => {
    const bytes = new Uint8Array(readFileSync(new URL("../../../data/changelog.csv", import.meta.url)));
    const { entries, problems } = readChangelog(
      bytes,
      "data/changelog.csv",
      SCHEMAS.map((s) => s.name),
    );
    expect(problems.map(formatProblem)).toEqual([]);
    expect(new Set(entries.map((e) => e.entry.dataset))).toEqual(new Set(SCHEMAS.map((s) => s.name)));
  });

  test("a good history has no problems", () => {
    expect(
      problemsOf(
        `takedowns@1.0.0,takedowns,1.0.0,2026-11-21,initial,First.,${SHA}\n` +
          `prices@1.0.0,prices,1.0.0,2026-11-21,initial,First.,${SHA}\n` +
          `takedowns@1.1.0,takedowns,1.1.0,2026-12-01,revision,"Added the 2026 figure, with its source.",${SHA}\n` +
          `takedowns@1.1.1,takedowns,1.1.1,2026-12-02,correction,Fixed a period end.,${SHA}\n`,
      ),
    ).toEqual([]);
  });

  test("every rule broken is reported at its line and column", () => {
    expect(
      problemsOf(
        `takedowns@1.0.0,takedowns,1.0.0,2026-11-21,initial,First.,${SHA}\n` +
          `prices@1.1.0,prices,1.1.0,2026-11-21,revision,Not first.,${SHA}\n` +
          `takedowns@1.2.0,takedowns,1.2.0,2026-11-22,revision,Skipped a version.,${SHA}\n` +
          `takedowns@1.3.0,takedowns,1.3.0,2026-11-20,revision,Back in time.,${SHA}\n` +
          `takedowns@9.0.0,takedowns,1.3.1,2026-11-23,correction,Wrong id.,${SHA}\n` +
          `takedowns@1.3.2,takedowns,1.3.2,2026-11-23,initial,Initial again.,${SHA}\n` +
          `arrivals@1.0.0,arrivals,1.0.0,2026-11-23,initial,Unknown dataset.,${SHA}\n` +
          `takedowns@1.4,takedowns,1.4,2026-11-23,revision,Bad version.,ABC\n`,
      ),
    ).toEqual([
      'data/changelog.csv:3:38: the first entry for prices must be kind "initial" at version 1.0.0',
      "data/changelog.csv:4:27: a revision after 1.0.0 must be version 1.1.0, not 1.2.0",
      "data/changelog.csv:5:33: date 2026-11-20 is before the previous entry's 2026-11-22: keep the file in release order",
      'data/changelog.csv:6:1: id must be "takedowns@1.3.1"',
      'data/changelog.csv:7:44: kind "initial" is only for a dataset\'s first version; takedowns is already at 1.3.1',
      'data/changelog.csv:8:16: dataset "arrivals" is not one of: takedowns, prices',
      'data/changelog.csv:9:25: version "1.4" is not MAJOR.MINOR.PATCH (e.g. 1.2.0)',
      "data/changelog.csv:9:62: sha256 must be 64 lower-case hexadecimal characters",
    ]);
  });

  test("control characters in a summary are refused (a NUL would make feed.xml invalid XML)", () => {
    const bytes = new Uint8Array(readFileSync(new URL("../../fixtures/broken/changelog-control-characters.csv", import.meta.url)));
    expect(readChangelog(bytes, "data/changelog.csv", NAMES).problems.map(formatProblem)).toEqual([
      "data/changelog.csv:2:52: summary: has a NUL character (U+0000) at character 6 of the cell; remove it (a file saved as UTF-16 or binary data shows many)",
      "data/changelog.csv:3:46: summary: has the control character U+0007 at character 14 of the cell; remove it: control characters are invisible and break XML and images",
      'data/changelog.csv:1:1: no entry for dataset "takedowns": every published dataset needs a version',
      'data/changelog.csv:1:1: no entry for dataset "prices": every published dataset needs a version',
    ]);
  });

  test("a dataset without any version is reported", () => {
    expect(problemsOf(`takedowns@1.0.0,takedowns,1.0.0,2026-11-21,initial,First.,${SHA}\n`)).toEqual([
      'data/changelog.csv:1:1: no entry for dataset "prices": every published dataset needs a version',
    ]);
  });

  test("cells are checked by the project's validator: kind, date and blanks (and an invalid row counts for nothing)", () => {
    expect(problemsOf(`takedowns@1.0.0,takedowns,1.0.0,21/11/2026,first,,${SHA}\n`, ["takedowns"])).toEqual([
      'data/changelog.csv:2:33: date: "21/11/2026" is not a date in the form YYYY-MM-DD',
      'data/changelog.csv:2:44: kind: "first" is not an allowed value; expected one of: initial, revision, correction',
      "data/changelog.csv:2:50: summary is required but blank",
      'data/changelog.csv:1:1: no entry for dataset "takedowns": every published dataset needs a version',
    ]);
  });
});

describe("packageVersion(entries)", () => {
  const e = (dataset: string, version: string, date: string, kind: ChangelogEntry["kind"]): ChangelogEntry => ({
    id: `${dataset}@${version}`,
    dataset,
    version,
    date,
    kind,
    summary: "s",
    sha256: SHA,
  });

  test("1.0.0 for the first day's initial releases, then one bump per later entry", () => {
    const first = [e("takedowns", "1.0.0", "2026-11-21", "initial"), e("prices", "1.0.0", "2026-11-21", "initial")];
    expect(packageVersion(first)).toEqual({ version: "1.0.0", date: "2026-11-21" });
    const later = [...first, e("takedowns", "1.1.0", "2026-12-01", "revision"), e("prices", "1.0.1", "2026-12-01", "correction")];
    expect(packageVersion(later)).toEqual({ version: "1.1.1", date: "2026-12-01" });
    // A dataset first published later is new content: a minor bump.
    expect(packageVersion([...later, e("arrivals", "1.0.0", "2027-01-05", "initial")])).toEqual({ version: "1.2.0", date: "2027-01-05" });
  });

  test("refuses an empty changelog", () => {
    expect(() => packageVersion([])).toThrow(RangeError);
  });
});
