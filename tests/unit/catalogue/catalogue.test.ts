/** The catalogue built from the real data: files, checksums, ZIPs, READMEs and the rules that stop a release. */
import { existsSync } from "node:fs";
import { unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { DATASET_PAGE_IDS as PAGE_IDS } from "../../../src/lib/identity/page-ids.ts";
import { buildCatalogue, type Catalogue } from "../../../src/lib/catalogue/catalogue.ts";
import { sha256Hex } from "../../../src/lib/catalogue/checksum.ts";
import { canonicalCsv, rowsOf } from "../../../src/lib/catalogue/formats.ts";
import { loadChangelog } from "../../../src/lib/catalogue/site-catalogue.ts";
import { DataError, formatProblem } from "../../../src/lib/data/problems.ts";
import { SCHEMAS, type Datasets } from "../../../src/lib/data/schemas.ts";
import { dataFileReader, loadFromDisk } from "../../../src/lib/data/site-data.ts";

const DATA = new URL("../../../data/", import.meta.url).pathname;
const SITE = "https://takedown-explorer.example";
const { datasets } = loadFromDisk(DATA);
const changelog = loadChangelog(DATA);
const latestOf = (dataset: string) => changelog.filter((e) => e.dataset === dataset).at(-1)?.version;
const text = (bytes: Uint8Array | null | undefined) => new TextDecoder().decode(bytes ?? undefined);

function build(read = dataFileReader(DATA), data: Datasets = datasets): Catalogue {
  return buildCatalogue({ site: SITE, data, changelog, read, dir: "data" });
}
const catalogue = build();
const file = (path: string) => {
  const bytes = catalogue.files.get(path);
  if (!bytes) throw new Error(`${path} is not in the catalogue`);
  return bytes;
};

interface Listed {
  path: string;
  bytes: number;
  hash: string;
  contents?: string[];
}
interface Resource extends Listed {
  name: string;
  version: string;
  downloads: Listed[];
  versions: (Listed & { version: string })[];
}
const descriptor = JSON.parse(text(file("datapackage.json"))) as { version: string; resources: Resource[] };

describe("buildCatalogue(input): datapackage.json", () => {
  test("lists every dataset with its version, and every file with the bytes and sha256 of the file served", () => {
    expect(descriptor.version).toBe(catalogue.version);
    expect(descriptor.resources.map((r) => [r.name, r.version])).toEqual(catalogue.datasets.map((d) => [d.schema.name, d.latest.version]));
    const listed = descriptor.resources.flatMap((r) => [r, ...r.downloads, ...r.versions]);
    // each dataset, its 6 downloads, each released version, and the one derived file (takedowns with its sources)
    expect(listed.length).toBe(SCHEMAS.length * 7 + changelog.length + 1);
    expect(listed.filter((f) => f.path === "takedowns/takedowns-with-sources.csv")).toHaveLength(1);
    for (const f of listed) {
      const bytes = file(f.path);
      expect(f.bytes, f.path).toBe(bytes.length);
      expect(f.hash, f.path).toBe(`sha256:${sha256Hex(bytes)}`);
    }
  });
});

describe("buildCatalogue(input): each dataset's files", () => {
  test.each(SCHEMAS.map((s) => [s.name, s] as const))(
    "%s: the CSV is the curated file; the JSON holds the same rows and values",
    (name, schema) => {
      const rows = rowsOf(datasets, name);
      expect(file(`${name}/${name}.csv`)).toEqual(dataFileReader(DATA)(`${name}.csv`));
      expect(text(file(`${name}/${name}.csv`))).toBe(canonicalCsv(schema, rows));
      expect(JSON.parse(text(file(`${name}/${name}.json`)))).toEqual(rows);
      const latest = catalogue.datasets.find((d) => d.schema.name === name)?.latest;
      expect(file(`${name}/${latest?.version}/${name}.csv`)).toEqual(file(`${name}/${name}.csv`));
    },
  );

  test("each ZIP holds what datapackage.json claims, each entry identical to the file served beside it", () => {
    for (const r of descriptor.resources) {
      const zip = r.downloads.find((d) => d.path.endsWith(".zip"));
      const entries = unzipSync(file(zip?.path ?? ""));
      expect(Object.keys(entries).sort()).toEqual(zip?.contents);
      expect(zip?.contents).toEqual(
        [
          `${r.name}.csv`,
          `${r.name}-spreadsheet-safe.csv`,
          `${r.name}.json`,
          `${r.name}.schema.json`,
          ...(r.name === "takedowns" ? ["takedowns-with-sources.csv"] : []),
          "README.md",
          "CITATION.cff",
        ]
          .map((n) => `${r.name}-${r.version}/${n}`)
          .sort(),
      );
      for (const [name, bytes] of Object.entries(entries)) expect(bytes, name).toEqual(file(`${r.name}/${name.split("/")[1]}`));
    }
  });

  test("the README has the description, caveats, files with sha256, columns, sources, citation, changelog and licence", () => {
    const readme = text(file("takedowns/README.md"));
    const entry = catalogue.datasets.find((d) => d.schema.name === "takedowns");
    if (!entry) throw new Error("no takedowns");
    for (const part of [
      `# Takedown figures, version ${entry.latest.version}`,
      entry.schema.description,
      "## Read this first",
      entry.caveats[0] ?? "",
      `takedowns.csv | CSV, canonical | ${file("takedowns/takedowns.csv").length} | ${sha256Hex(file("takedowns/takedowns.csv"))}`,
      "## Spreadsheet safety",
      "counting_rule | one of the allowed values | yes",
      "## Sources",
      "https://committees.parliament.uk/writtenevidence/12615/html/",
      entry.citations.apa,
      entry.citations.bibtex,
      "1.0.0 (21 November 2026, first release): First published version.",
      "CC BY 4.0: https://creativecommons.org/licenses/by/4.0/",
    ]) {
      expect(readme).toContain(part);
    }
    expect(text(file("sources/README.md"))).toContain("This dataset is the list of sources");
  });
});

describe("buildCatalogue(input): the whole collection", () => {
  test("the ZIP holds datapackage.json, README.md, CITATION.cff and every dataset file but the ZIPs, as served", () => {
    const entries = unzipSync(file("takedown-explorer-data.zip"));
    const folder = `takedown-explorer-data-${catalogue.version}/`;
    const expected = [
      "datapackage.json",
      "README.md",
      "CITATION.cff",
      ...descriptor.resources.flatMap((r) => [r.path, ...r.downloads.map((d) => d.path)]),
    ].filter((p) => !p.endsWith(".zip"));
    expect(Object.keys(entries).sort()).toEqual(expected.map((p) => folder + p).sort());
    for (const [name, bytes] of Object.entries(entries)) expect(bytes, name).toEqual(file(name.slice(folder.length)));
  });

  test("SHA256SUMS.txt lists every other data file under /data/ with its sha256, for sha256sum -c", () => {
    const lines = text(file("SHA256SUMS.txt")).trimEnd().split("\n");
    const others = [...catalogue.files.keys()].filter((p) => p !== "SHA256SUMS.txt").sort();
    expect(lines).toEqual(others.map((p) => `${sha256Hex(file(p))}  ${p}`));
  });

  test("every file has an extension with its own download endpoint in src/pages/data/", () => {
    const extensions = new Set([...catalogue.files.keys()].map((p) => p.split(".").at(-1)));
    expect([...extensions].sort()).toEqual(["cff", "csv", "json", "md", "txt", "zip"]);
    for (const ext of extensions)
      expect(existsSync(new URL(`../../../src/pages/data/[...file].${ext}.ts`, import.meta.url)), ext).toBe(true);
  });

  test("two builds give byte-identical files", () => {
    const again = build();
    expect([...again.files.keys()]).toEqual([...catalogue.files.keys()]);
    for (const [path, bytes] of catalogue.files) expect(again.files.get(path), path).toEqual(bytes);
  });
});

describe("buildCatalogue(input) stops before publishing", () => {
  const problems = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof DataError) return error.problems.map(formatProblem);
      throw error;
    }
    return [];
  };

  test("when a dataset changed but its version and changelog did not", () => {
    const read = dataFileReader(DATA);
    const edited = (path: string) =>
      path === "arrivals.csv" ? new TextEncoder().encode(text(read(path)).replace("299", "300")) : read(path);
    expect(problems(() => build(edited))).toContain(
      `data/arrivals.csv:1:1: arrivals.csv has changed since version ${latestOf("arrivals")} but no new version was released: record it with \`npm run data:release -- arrivals revision "what changed"\` (or \`correction\` when it fixes a wrong value)`,
    );
  });

  test("when a file is not in canonical form (here: saved with CRLF line ends)", () => {
    const read = dataFileReader(DATA);
    const crlf = (path: string) => (path === "events.csv" ? new TextEncoder().encode(text(read(path)).replace(/\n/g, "\r\n")) : read(path));
    expect(problems(() => build(crlf))).toContain(
      "data/events.csv:1:1: not in the canonical CSV form (no BOM, LF line ends, minimal quoting, schema column order): `npm run data:release` rewrites it",
    );
  });

  test("when a row's id would clash with a section of its dataset page", () => {
    const [first, ...rest] = datasets.arrivals;
    if (!first) throw new Error("no arrivals");
    const data = { ...datasets, arrivals: [{ ...first, id: PAGE_IDS[1] }, ...rest] };
    expect(problems(() => build(dataFileReader(DATA), data))).toContain(
      `data/arrivals.csv:1:1: id "${PAGE_IDS[1]}" is reserved for a section of the dataset page; choose another`,
    );
  });
});
