import { describe, expect, it } from "vitest";
import type { ChangelogEntry } from "../../../src/lib/catalogue/changelog.ts";
import type { ReleaseDiff } from "../../../src/lib/catalogue/release-diff.ts";
import type { ReleasePage } from "../../../src/lib/catalogue/release-pages.ts";
import { latestChanges, rowsTouched } from "../../../src/lib/site/latest-changes.ts";

const entry = (dataset: string, version: string, date: string, kind: ChangelogEntry["kind"], summary = "What changed."): ChangelogEntry => ({
  id: `${dataset}@${version}`,
  dataset,
  version,
  date,
  kind,
  summary,
  sha256: "0".repeat(64),
});
const row = (id: string) => ({ id });
const diff = (over: Partial<ReleaseDiff> = {}): ReleaseDiff => ({ columnsAdded: [], columnsRemoved: [], added: [], removed: [], changed: [], ...over });
const page = (e: ChangelogEntry, d = diff(), previous: ChangelogEntry | null = null): ReleasePage => ({ entry: e, previous, diff: d });
const titles = new Map([
  ["takedowns", "Takedown figures"],
  ["arrivals", "Small boat arrivals per year"],
  ["prices", "Advertised and quoted prices"],
]);

describe("latestChanges(pages, titles, count)", () => {
  it("lists each dataset once, by its newest release, newest first, a day's releases in the order of `titles`, at most `count`", () => {
    const pages = [
      page(entry("takedowns", "1.0.0", "2026-11-21", "initial")),
      page(entry("prices", "1.0.0", "2026-11-21", "initial")),
      page(entry("arrivals", "1.0.0", "2026-11-21", "initial")),
      page(entry("prices", "1.0.1", "2026-12-02", "correction")),
      page(entry("prices", "1.1.0", "2026-12-02", "revision")),
      page(entry("takedowns", "1.1.0", "2026-12-02", "revision", "Added the 2025 figure.")),
    ];
    expect(latestChanges(pages, titles, 5).map((c) => [c.date, c.datasetTitle, c.version])).toEqual([
      ["2026-12-02", "Takedown figures", "1.1.0"],
      ["2026-12-02", "Advertised and quoted prices", "1.1.0"],
      ["2026-11-21", "Small boat arrivals per year", "1.0.0"],
    ]);
    expect(latestChanges(pages, titles, 2)).toHaveLength(2);
  });

  it("links each to its dataset's page and its release's page, names the kind of change and counts the rows, leaving the curators' summary to the release page", () => {
    const before = entry("takedowns", "1.0.0", "2026-11-21", "initial");
    const [change] = latestChanges([page(entry("takedowns", "1.0.1", "2026-12-03", "correction", "Fixed row t-9."), diff({ changed: [{ id: "t-9", cells: [] }] }), before)], titles, 5);
    expect(change).toEqual({
      date: "2026-12-03",
      datasetTitle: "Takedown figures",
      datasetHref: "/data/takedowns/",
      releaseHref: "/data/takedowns/1.0.1/",
      version: "1.0.1",
      kind: "correction",
      rowsTouched: "1 row changed.",
    });
  });

  it("falls back to the dataset's name when it has no title, and lists it after the datasets that have one", () => {
    const pages = [page(entry("new_set", "1.0.0", "2026-12-03", "initial")), page(entry("arrivals", "1.0.1", "2026-12-03", "correction"))];
    expect(latestChanges(pages, titles, 5).map((c) => c.datasetTitle)).toEqual(["Small boat arrivals per year", "new_set"]);
  });
});

describe("rowsTouched(diff, first)", () => {
  it("counts a first release's rows", () => {
    expect(rowsTouched(diff({ added: [row("a"), row("b")] }), true)).toBe("First release: 2 rows.");
    expect(rowsTouched(diff({ added: [row("a")] }), true)).toBe("First release: 1 row.");
  });

  it("names the unit once per kind of thing counted, and leaves out what did not happen", () => {
    const changed = [{ id: "a", cells: [] }, { id: "b", cells: [] }, { id: "c", cells: [] }];
    expect(rowsTouched(diff({ added: [row("x"), row("y")], changed, removed: [row("z")] }), false)).toBe("2 rows added, 3 changed and 1 removed.");
    expect(rowsTouched(diff({ removed: [row("z"), row("w")] }), false)).toBe("2 rows removed.");
    expect(rowsTouched(diff({ added: [row("x")], removed: [row("z")] }), false)).toBe("1 row added and 1 removed.");
    expect(rowsTouched(diff({ changed, columnsAdded: ["note"] }), false)).toBe("3 rows changed; 1 column added.");
    expect(rowsTouched(diff({ columnsAdded: ["a", "b"], columnsRemoved: ["c"] }), false)).toBe("2 columns added and 1 removed.");
  });

  it("says so when a release changed no rows or columns", () => {
    expect(rowsTouched(diff(), false)).toBe("No rows or columns changed.");
  });

  it("writes counts of a thousand and more with a separator", () => {
    expect(rowsTouched(diff({ added: Array.from({ length: 1200 }, (_, i) => row(String(i))) }), false)).toBe("1,200 rows added.");
  });
});
