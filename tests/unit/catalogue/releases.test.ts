import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { readChangelog, type ChangelogEntry } from "../../../src/lib/catalogue/changelog.ts";
import { sha256Hex } from "../../../src/lib/catalogue/checksum.ts";
import { canonicalCsv, isCanonical, rowsOf } from "../../../src/lib/catalogue/formats.ts";
import { checkReleases, planRelease } from "../../../src/lib/catalogue/releases.ts";
import { catalogueProblems, loadChangelog } from "../../../src/lib/catalogue/site-catalogue.ts";
import { formatProblem } from "../../../src/lib/data/problems.ts";
import { SCHEMAS, takedownsSchema } from "../../../src/lib/data/schemas.ts";
import { dataFileReader, loadFromDisk } from "../../../src/lib/data/site-data.ts";

const DATA = new URL("../../../data/", import.meta.url).pathname;
const utf8 = (s: string) => new TextEncoder().encode(s);

const V1 = "id,value\nx-1,100\n";
const V1_1 = "id,value\nx-1,100\nx-2,200\n";
const entry = (version: string, csv: string, kind: ChangelogEntry["kind"] = "initial"): ChangelogEntry => ({
  id: `takedowns@${version}`,
  dataset: "takedowns",
  version,
  date: "2026-11-21",
  kind,
  summary: "s",
  sha256: sha256Hex(csv),
});

/** A fake data folder: path -> text. */
const folder = (files: Record<string, string>) => ({
  dir: "data",
  read: (path: string) => (path in files ? utf8(files[path] ?? "") : null),
});

describe("checkReleases(entries, datasets, files): the version rule", () => {
  const history = [entry("1.0.0", V1), entry("1.1.0", V1_1, "revision")];

  test("passes when the current file is its latest version and every archive is as released", () => {
    const files = folder({ "takedowns.csv": V1_1, "releases/takedowns/1.0.0.csv": V1, "releases/takedowns/1.1.0.csv": V1_1 });
    expect(checkReleases(history, ["takedowns"], files)).toEqual([]);
  });

  test("fails when the content changed but the version and changelog did not", () => {
    const edited = V1_1.replace("200", "250");
    const files = folder({ "takedowns.csv": edited, "releases/takedowns/1.0.0.csv": V1, "releases/takedowns/1.1.0.csv": V1_1 });
    expect(checkReleases(history, ["takedowns"], files).map(formatProblem)).toEqual([
      'data/takedowns.csv:1:1: takedowns.csv has changed since version 1.1.0 but no new version was released: record it with `npm run data:release -- takedowns revision "what changed"` (or `correction` when it fixes a wrong value)',
    ]);
  });

  test("fails when a released version was edited or lost", () => {
    const files = folder({ "takedowns.csv": V1_1, "releases/takedowns/1.0.0.csv": V1.replace("100", "101") });
    expect(checkReleases(history, ["takedowns"], files).map(formatProblem)).toEqual([
      "data/releases/takedowns/1.0.0.csv:1:1: archive of takedowns@1.0.0 does not match the sha256 in changelog.csv: a released version must never change",
      "data/releases/takedowns/1.1.0.csv:1:1: archive of takedowns@1.1.0 is missing: every released version is kept",
    ]);
  });

  test("the real data: every dataset is exactly its latest released version, in canonical form", () => {
    const changelog = loadChangelog(DATA);
    const names = SCHEMAS.map((s) => s.name);
    expect(checkReleases(changelog, names, { dir: "data", read: dataFileReader(DATA) }).map(formatProblem)).toEqual([]);
    const { datasets } = loadFromDisk(DATA);
    for (const schema of SCHEMAS) {
      expect(isCanonical(schema, rowsOf(datasets, schema.name), readFileSync(`${DATA}${schema.name}.csv`, "utf8")), schema.name).toBe(true);
    }
  });
});

describe("planRelease(entries, request)", () => {
  const history = [entry("1.0.0", V1)];
  const request = { dataset: "takedowns", summary: "Added the 2026 figure, with its source.", date: "2026-12-01", csv: V1_1 } as const;

  test("a revision bumps the minor version; its changelog line reads back as a valid entry", () => {
    const plan = planRelease(history, { ...request, kind: "revision" });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.entry).toEqual({
      id: "takedowns@1.1.0",
      dataset: "takedowns",
      version: "1.1.0",
      date: "2026-12-01",
      kind: "revision",
      summary: request.summary,
      sha256: sha256Hex(V1_1),
    });
    expect(plan.archive).toBe("releases/takedowns/1.1.0.csv");
    expect(plan.changelogLine).toBe(
      `takedowns@1.1.0,takedowns,1.1.0,2026-12-01,revision,"Added the 2026 figure, with its source.",${sha256Hex(V1_1)}\n`,
    );
    const text = `id,dataset,version,date,kind,summary,sha256\ntakedowns@1.0.0,takedowns,1.0.0,2026-11-21,initial,s,${sha256Hex(V1)}\n${plan.changelogLine}`;
    expect(readChangelog(utf8(text), "changelog.csv", ["takedowns"]).problems).toEqual([]);
  });

  test("a correction bumps the patch version", () => {
    const plan = planRelease(history, { ...request, kind: "correction" });
    expect(plan.ok && plan.entry.version).toBe("1.0.1");
  });

  test.each([
    ["nothing changed", { kind: "revision", csv: V1 }, "takedowns.csv is unchanged since version 1.0.0: nothing to release", true],
    ["initial twice", { kind: "initial" }, "takedowns is already released (version 1.0.0): use revision or correction", false],
    [
      "a date before the last entry",
      { kind: "revision", date: "2026-11-20" },
      "date 2026-11-20 is before the changelog's last entry (2026-11-21)",
      false,
    ],
    [
      "a summary over two lines",
      { kind: "revision", summary: "one\ntwo" },
      "the summary must be one line of text with no spaces at its ends",
      false,
    ],
    ["a date that is not ISO", { kind: "revision", date: "1/12/2026" }, 'date "1/12/2026" is not YYYY-MM-DD', false],
  ] as const)("refuses %s", (_name, change, message, unchanged) => {
    expect(planRelease(history, { ...request, ...change })).toEqual({ ok: false, message, unchanged });
  });

  test("a new dataset starts at 1.0.0 with kind initial, and only so", () => {
    const plan = planRelease(history, { ...request, dataset: "prices", kind: "initial" });
    expect(plan.ok && plan.entry.id).toBe("prices@1.0.0");
    expect(planRelease(history, { ...request, dataset: "prices", kind: "revision" })).toMatchObject({ ok: false });
  });

  test("the archive it writes is what the rule then accepts", () => {
    const { datasets } = loadFromDisk(DATA);
    const schema = takedownsSchema;
    const csv = canonicalCsv(schema, rowsOf(datasets, schema.name));
    const plan = planRelease([], { dataset: schema.name, kind: "initial", summary: "First.", date: "2026-11-21", csv });
    if (!plan.ok) throw new Error(plan.message);
    const files = folder({ [`${schema.name}.csv`]: csv, [plan.archive]: csv });
    expect(checkReleases([plan.entry], [schema.name], files)).toEqual([]);
  });
});

describe("catalogueProblems(dir)", () => {
  test("none in the real data folder", () => {
    expect(catalogueProblems(DATA).map(formatProblem)).toEqual([]);
  });

  test("a data folder with no changelog says so", () => {
    expect(catalogueProblems(new URL("../../fixtures/data/valid/", import.meta.url).pathname).map(formatProblem)).toEqual([
      expect.stringMatching(/changelog\.csv:1:1: file not found: every dataset needs a version/),
    ]);
  });
});
