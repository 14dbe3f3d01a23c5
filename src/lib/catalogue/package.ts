/**
 * The whole collection as published under /data/: `datapackage.json`, a README
 * and CITATION.cff for the collection, a ZIP of everything and a SHA256SUMS
 * file. The descriptor extends the schema-level one from datapackage.ts (which
 * `data/datapackage.json` is checked against) with each dataset's version and
 * every file's `bytes` and `hash`, so nothing about the schemas is written twice.
 */
import { dataPackage } from "../data/datapackage.ts";
import type { TableSchema } from "../data/schema-types.ts";
import type { ChangelogEntry } from "./changelog.ts";
import { AUTHOR } from "../identity/site.ts";
import { fileOf, type DatasetFiles, type DownloadFile } from "./files.ts";
import { PACKAGE_CITATION, PACKAGE_FILE, PACKAGE_README, SITE_ZIP, SUMS_FILE } from "../identity/data-urls.ts";
import { deterministicZip } from "./zip.ts";

export interface PublishedDataset {
  readonly schema: TableSchema;
  readonly latest: ChangelogEntry;
  readonly files: DatasetFiles;
}

export interface PackageInput {
  readonly version: string;
  readonly date: string;
  readonly homeUrl: string;
  readonly datasets: readonly PublishedDataset[];
  readonly readme: string;
  readonly citationCff: string;
}

const hash = (f: DownloadFile) => `sha256:${f.sha256}`;
const utf8 = (text: string) => new TextEncoder().encode(text);

function describe(f: DownloadFile, zipContents: readonly string[]): Record<string, unknown> {
  return {
    path: f.path,
    title: f.title,
    description: f.description,
    format: f.format,
    mediatype: f.mediatype,
    bytes: f.bytes.length,
    hash: hash(f),
    // What the ZIP claims to hold; the end-to-end tests open it and compare.
    ...(f.format === "zip" ? { contents: zipContents } : {}),
  };
}

/** The built `datapackage.json` descriptor: the schema-level one plus versions, files, sizes and hashes. */
export function publishedDataPackage(input: PackageInput): Record<string, unknown> {
  const base = dataPackage(input.datasets.map((d) => d.schema));
  const resources = (base["resources"] as Record<string, unknown>[]).map((resource, i) => {
    const d = input.datasets[i];
    const [csv, ...others] = d?.files.latest ?? [];
    if (!d || !csv) throw new Error(`resource ${String(resource["name"])} has no files`);
    const { schema, ...rest } = resource;
    return {
      ...rest,
      path: csv.path,
      version: d.latest.version,
      bytes: csv.bytes.length,
      hash: hash(csv),
      schema,
      downloads: others.map((f) => describe(f, d.files.zipContents)),
      versions: d.files.pinned.map((p) => ({
        version: p.entry.version,
        date: p.entry.date,
        kind: p.entry.kind,
        summary: p.entry.summary,
        path: p.path,
        bytes: p.bytes.length,
        hash: hash(p),
      })),
    };
  });
  const { licenses } = base;
  return {
    profile: base["profile"],
    name: base["name"],
    title: base["title"],
    description: base["description"],
    version: input.version,
    homepage: input.homeUrl,
    contributors: [{ title: AUTHOR, role: "author" }],
    licenses,
    resources,
  };
}

const kind = (title: string, description: string, format: string, mediatype: string) => ({ title, description, format, mediatype });

/**
 * The collection-level files, in the order the /data/ page lists them:
 * datapackage.json; the ZIP of everything (folder `takedown-explorer-data-<version>/`
 * holding datapackage.json, README.md, CITATION.cff and every dataset's latest
 * files except its own ZIP, laid out as under /data/); SHA256SUMS.txt (every
 * other data file under /data/, pinned versions included, for `sha256sum -c`; the
 * HTML pages are site, not data, and change with its design); README.md; CITATION.cff.
 */
export function packageFiles(input: PackageInput): DownloadFile[] {
  const pkg = fileOf(
    PACKAGE_FILE,
    PACKAGE_FILE,
    kind(
      "Data Package descriptor",
      "Frictionless datapackage.json: every dataset's version and Table Schema, and every file with its size and sha256.",
      "json",
      "application/json",
    ),
    utf8(`${JSON.stringify(publishedDataPackage(input), null, 2)}\n`),
  );
  const readme = fileOf(
    PACKAGE_README,
    PACKAGE_README,
    kind("README", "About the collection, spreadsheet safety, citation and licence (Markdown).", "md", "text/markdown"),
    utf8(input.readme),
  );
  const cff = fileOf(
    PACKAGE_CITATION,
    PACKAGE_CITATION,
    kind("CITATION.cff", "How to cite the whole collection (Citation File Format).", "cff", "application/yaml"),
    utf8(input.citationCff),
  );
  const datasetFiles = input.datasets.flatMap((d) => d.files.latest);
  const zipped = [pkg, readme, cff, ...datasetFiles.filter((f) => f.format !== "zip")];
  const folder = siteZipFolder(input.version);
  const zip = fileOf(
    SITE_ZIP,
    SITE_ZIP,
    kind(
      "ZIP of all datasets",
      "datapackage.json, README.md, CITATION.cff and every dataset's files (but not their own ZIPs), in one folder.",
      "zip",
      "application/zip",
    ),
    deterministicZip(new Map(zipped.map((f) => [`${folder}${f.path}`, f.bytes])), input.date),
  );
  const listed = [pkg, readme, cff, zip, ...datasetFiles, ...input.datasets.flatMap((d) => d.files.pinned)];
  const sums = listed
    .map((f) => f.path)
    .sort()
    .map((path) => `${listed.find((f) => f.path === path)?.sha256 ?? ""}  ${path}\n`)
    .join("");
  const sumsFile = fileOf(
    SUMS_FILE,
    SUMS_FILE,
    kind(
      "SHA256SUMS",
      "The sha256 of every data file under /data/ (pinned versions included; not the web pages), for `sha256sum -c`.",
      "txt",
      "text/plain",
    ),
    utf8(sums),
  );
  return [pkg, zip, sumsFile, readme, cff];
}

/** Names inside the collection ZIP, for the /data/ page and tests. */
export function siteZipFolder(version: string): string {
  return `takedown-explorer-data-${version}/`;
}
