import { readFileSync, existsSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bumpVersion, packageVersion, readChangelog, type ChangelogEntry } from "../../../src/lib/catalogue/changelog.ts";
import { DataError, formatProblem } from "../../../src/lib/data/problems.ts";
import { SCHEMAS } from "../../../src/lib/data/schemas.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import { archiveReader, collectionVersion, collectionVersions, datasetsAt } from "../../../src/lib/embed/pinned.ts";

const DATA = new URL("../../../data/", import.meta.url);
const readData = (path: string) => {
  const url = new URL(path, DATA);
  return existsSync(url) ? new Uint8Array(readFileSync(url)) : null;
};
const NAMES = SCHEMAS.map((s) => s.name);
const changelog = readChangelog(readData("changelog.csv") ?? new Uint8Array(), "data/changelog.csv", NAMES).entries.map((e) => e.entry);

const SHA = "0".repeat(64);
function entry(dataset: string, version: string, date: string, kind: ChangelogEntry["kind"]): ChangelogEntry {
  return { id: `${dataset}@${version}`, dataset, version, date, kind, summary: "x", sha256: SHA };
}

describe("collectionVersions(entries)", () => {
  test("the real changelog: one version per release, the last equal to packageVersion", () => {
    const versions = collectionVersions(changelog);
    expect(versions.at(-1)?.version).toBe(packageVersion(changelog).version);
    expect(versions[0]?.version).toBe("1.0.0");
    expect(Object.keys(versions.at(-1)?.datasets ?? {}).sort()).toEqual([...NAMES].sort());
  });

  test("the first day's initial releases form 1.0.0; each later entry makes a version with every dataset's latest version", () => {
    const entries = [
      entry("a", "1.0.0", "2026-01-01", "initial"),
      entry("b", "1.0.0", "2026-01-01", "initial"),
      entry("a", "1.1.0", "2026-02-01", "revision"),
      entry("b", "1.0.1", "2026-03-01", "correction"),
      entry("c", "1.0.0", "2026-03-01", "initial"),
    ];
    expect(collectionVersions(entries)).toEqual([
      { version: "1.0.0", date: "2026-01-01", datasets: { a: "1.0.0", b: "1.0.0" } },
      { version: "1.1.0", date: "2026-02-01", datasets: { a: "1.1.0", b: "1.0.0" } },
      { version: "1.1.1", date: "2026-03-01", datasets: { a: "1.1.0", b: "1.0.1" } },
      { version: "1.2.0", date: "2026-03-01", datasets: { a: "1.1.0", b: "1.0.1", c: "1.0.0" } },
    ]);
    expect(collectionVersion(entries, "1.1.1").datasets).toEqual({ a: "1.1.0", b: "1.0.1" });
    expect(() => collectionVersion(entries, "9.9.9")).toThrow(/there are: 1\.0\.0, 1\.1\.0, 1\.1\.1, 1\.2\.0/);
  });

  test("property: versions are distinct, in order, and each one is packageVersion of the changelog up to its last entry", () => {
    const step = fc.record({ dataset: fc.constantFrom("a", "b", "c"), kind: fc.constantFrom("revision", "correction") as fc.Arbitrary<"revision" | "correction"> });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const latest = new Map<string, number>();
        const entries = [entry("a", "1.0.0", "2026-01-01", "initial"), entry("b", "1.0.0", "2026-01-01", "initial")];
        steps.forEach((s, i) => {
          const n = (latest.get(s.dataset) ?? -1) + 1;
          latest.set(s.dataset, n);
          const first = s.dataset === "c" && n === 0;
          entries.push(entry(s.dataset, first ? "1.0.0" : `1.${n + 1}.0`, `2026-02-${String(i + 1).padStart(2, "0")}`, first ? "initial" : s.kind));
        });
        const versions = collectionVersions(entries);
        expect(new Set(versions.map((v) => v.version)).size).toBe(versions.length);
        expect(versions.at(-1)?.version).toBe(packageVersion(entries).version);
        for (const v of versions) {
          const upTo = entries.findLastIndex((_, i) => packageVersion(entries.slice(0, i + 1)).version === v.version);
          const expected: Record<string, string> = {};
          for (const e of entries.slice(0, upTo + 1)) expected[e.dataset] = e.version;
          expect(v.datasets).toEqual(expected);
        }
      }),
    );
  });
});

describe("archiveReader(at, readData)", () => {
  test("answers <dataset>.csv with that dataset's archive at the version, and null for a dataset not released then", () => {
    const asked: string[] = [];
    const read = archiveReader({ version: "1.1.0", date: "2026-02-01", datasets: { takedowns: "1.1.0" } }, (path) => {
      asked.push(path);
      return new Uint8Array([1]);
    });
    expect(read("takedowns.csv")).toEqual(new Uint8Array([1]));
    expect(read("prices.csv")).toBeNull();
    expect(asked).toEqual(["releases/takedowns/1.1.0.csv"]);
  });
});

describe("datasetsAt(at, readData, dir)", () => {
  test("the real archives at the latest collection version are the datasets the site is built from", () => {
    const at = collectionVersions(changelog).at(-1);
    if (!at) throw new Error("no version");
    expect(datasetsAt(at, readData)).toEqual(loadFromDisk().datasets);
  });

  test("reads each dataset at its version then: an older collection version keeps its rows", () => {
    const latest = changelog.filter((e) => e.dataset === "takedowns").at(-1)?.version ?? "";
    const next = bumpVersion(latest, "revision");
    const original = new TextDecoder().decode(readData(`releases/takedowns/${latest}.csv`) ?? new Uint8Array());
    const lines = original.trimEnd().split("\n");
    const revised = `${lines.slice(0, -1).join("\n")}\n`; // the next version drops the last row
    const entries = [...changelog, entry("takedowns", next, "2099-01-01", "revision")];
    const read = (path: string) => (path === `releases/takedowns/${next}.csv` ? new TextEncoder().encode(revised) : readData(path));
    const [first, second] = collectionVersions(entries).slice(-2);
    if (!first || !second) throw new Error("expected two versions");
    expect(second.datasets["takedowns"]).toBe(next);
    expect(datasetsAt(first, read).takedowns).toHaveLength(lines.length - 1);
    expect(datasetsAt(second, read).takedowns).toHaveLength(lines.length - 2);
  });

  const first = collectionVersions(changelog)[0];
  const laterAt = (at: { datasets: Readonly<Record<string, string>> }) =>
    [...new Set(changelog.map((e) => e.dataset))].filter((name) => at.datasets[name] === undefined);

  test("the first collection version reads as published: columns added since are blank, datasets released since are empty", () => {
    if (!first) throw new Error("no version");
    expect(laterAt(first)).toContain("arrivals_monthly");
    const data = datasetsAt(first, readData, "data", laterAt(first));
    expect(data.arrivals_monthly).toEqual([]);
    expect(data.takedowns.length).toBeGreaterThan(0);
    for (const row of data.takedowns) expect([row.period_basis, row.period_as_worded]).toEqual([null, null]);
    expect(() => datasetsAt(first, readData)).toThrow(/has no release of arrivals_monthly/);
  });

  test("a broken archive stops with problems that name the archive file", () => {
    if (!first) throw new Error("no version");
    const read = (path: string) => (path === "releases/prices/1.0.0.csv" ? new TextEncoder().encode("id,oops\nx,1\n") : readData(path));
    try {
      datasetsAt(first, read, "data", laterAt(first));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      const lines = (error as DataError).problems.map(formatProblem);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/^data\/releases\/[a-z_]+\/1\.0\.0\.csv:\d+:\d+: /);
      expect(lines.some((l) => l.startsWith("data/releases/prices/1.0.0.csv:"))).toBe(true);
    }
  });

  test("a collection version without every dataset cannot be pinned", () => {
    expect(() => datasetsAt({ version: "1.0.0", date: "2026-01-01", datasets: { takedowns: "1.0.0" } }, readData)).toThrow(
      /collection version 1\.0\.0 has no release of sources: a pinned embed needs every dataset/,
    );
  });
});
