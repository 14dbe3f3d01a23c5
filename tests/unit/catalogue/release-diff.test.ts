/** The release diff: exactly the rows that differ between two archives, with old and new values. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { diffReleases, readArchive } from "../../../src/lib/catalogue/release-diff.ts";
import { releasePages } from "../../../src/lib/catalogue/release-pages.ts";
import { loadChangelog } from "../../../src/lib/catalogue/site-catalogue.ts";
import { dataFileReader } from "../../../src/lib/data/site-data.ts";

const fixture = (name: string) => readArchive(readFileSync(join(import.meta.dirname, "../../fixtures/releases", name), "utf8"));

describe("diffReleases(before, after)", () => {
  const diff = diffReleases(fixture("v1.csv"), fixture("v2.csv"));

  test("lists the added and removed rows and the added column", () => {
    expect(diff.added.map((r) => r["id"])).toEqual(["e"]);
    expect(diff.removed.map((r) => r["id"])).toEqual(["c"]);
    expect(diff.columnsAdded).toEqual(["period_basis"]);
    expect(diff.columnsRemoved).toEqual([]);
  });

  test("lists exactly the changed cells of rows kept, old and new side by side (a new column is a change from blank)", () => {
    expect(diff.changed).toEqual([
      { id: "a", cells: [{ column: "period_basis", before: "", after: "stated" }] },
      { id: "b", cells: [{ column: "period_basis", before: "", after: "stated" }] },
      {
        id: "d",
        cells: [
          { column: "value", before: "400", after: "450" },
          { column: "qualifier", before: "exact", after: "almost" },
          { column: "period_basis", before: "", after: "stated" },
        ],
      },
    ]);
  });

  test("identical archives differ in nothing; a first release adds every row", () => {
    const same = diffReleases(fixture("v2.csv"), fixture("v2.csv"));
    expect([same.added, same.removed, same.changed, same.columnsAdded]).toEqual([[], [], [], []]);
    const first = diffReleases(null, fixture("v1.csv"));
    expect(first.added.map((r) => r["id"])).toEqual(["a", "b", "c", "d"]);
    expect(first.columnsAdded).toEqual([]);
  });

  test("quoted cells are compared as the text released", () => {
    expect(fixture("v1.csv").rows[3]?.["note"]).toBe('note with "quotes"');
  });
});

describe("releasePages(changelog, archives) on the real data", () => {
  const pages = releasePages(loadChangelog(), dataFileReader());

  test("one page per changelog entry, each compared with the previous release of its dataset", () => {
    expect(pages).toHaveLength(loadChangelog().length);
    const prices = pages.find((p) => p.entry.id === "prices@1.0.1");
    expect(prices?.previous?.version).toBe("1.0.0");
  });

  test("the Care4Calais correction shows the old pound price and the new euro price side by side", () => {
    const prices = pages.find((p) => p.entry.id === "prices@1.0.1");
    const row = prices?.diff.changed.find((c) => c.id === "care4calais-2022-12");
    expect(row?.cells).toContainEqual({ column: "currency", before: "GBP", after: "EUR" });
    expect(row?.cells).toContainEqual({ column: "low", before: "435", after: "500" });
    expect(prices?.diff.removed.map((r) => r["id"])).toEqual(["nca-2024-07-visa", "nca-2024-07-referral-prize"]);
  });
});
