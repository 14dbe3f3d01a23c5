import { describe, expect, it } from "vitest";
import type { ChangelogEntry } from "../../../src/lib/catalogue/changelog.ts";
import { latestChanges } from "../../../src/lib/site/latest-changes.ts";

const entry = (dataset: string, version: string, date: string, kind: ChangelogEntry["kind"], summary = "What changed."): ChangelogEntry => ({
  id: `${dataset}@${version}`,
  dataset,
  version,
  date,
  kind,
  summary,
  sha256: "0".repeat(64),
});
const titles = new Map([
  ["takedowns", "Takedown figures"],
  ["arrivals", "Small boat arrivals per year"],
  ["prices", "Advertised and quoted prices"],
]);

describe("latestChanges(entries, titles, count)", () => {
  it("lists the newest releases first, a day's releases by dataset title, at most `count`", () => {
    const entries = [
      entry("takedowns", "1.0.0", "2026-11-21", "initial"),
      entry("prices", "1.0.0", "2026-11-21", "initial"),
      entry("takedowns", "1.1.0", "2026-12-02", "revision", "Added the 2025 figure."),
      entry("arrivals", "1.0.0", "2026-11-21", "initial"),
    ];
    expect(latestChanges(entries, titles, 3).map((c) => [c.date, c.datasetTitle, c.version])).toEqual([
      ["2026-12-02", "Takedown figures", "1.1.0"],
      ["2026-11-21", "Advertised and quoted prices", "1.0.0"],
      ["2026-11-21", "Small boat arrivals per year", "1.0.0"],
    ]);
  });

  it("links each to its dataset's page and names the kind of change", () => {
    const [change] = latestChanges([entry("takedowns", "1.0.1", "2026-12-03", "correction", "Fixed a period.")], titles, 5);
    expect(change).toEqual({ date: "2026-12-03", datasetTitle: "Takedown figures", href: "/data/takedowns/", version: "1.0.1", kind: expect.any(String), summary: "Fixed a period." });
    expect(change?.kind.toLowerCase()).toContain("correction");
  });

  it("falls back to the dataset's name when it has no title", () => {
    expect(latestChanges([entry("new_set", "1.0.0", "2026-12-03", "initial")], titles, 1)[0]?.datasetTitle).toBe("new_set");
  });
});
