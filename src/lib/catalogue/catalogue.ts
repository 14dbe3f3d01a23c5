/**
 * The data catalogue, assembled once per build from the validated datasets,
 * the changelog and the release archives: for each dataset its rows, period,
 * version history, files (with sizes and sha256) and citations, and the
 * collection-level files. Before anything is published it checks that every
 * version is exactly as released; otherwise it stops with every problem listed.
 */
import { dataPackage } from "../data/datapackage.ts";
import { DataError, type Problem } from "../data/problems.ts";
import type { TableSchema } from "../data/schema-types.ts";
import { SCHEMAS, type Datasets, type Source } from "../data/schemas.ts";
import { decodeUtf8 } from "../data/decode.ts";
import { aboutOf } from "./caveats.ts";
import { historyOf, packageVersion, type ChangelogEntry } from "./changelog.ts";
import { citationCff } from "./cff.ts";
import { SITE_NAME } from "../identity/site.ts";
import { bibtexKey, citationsOf, type Citations } from "./dataset-citations.ts";
import { derivedFiles } from "./derived.ts";
import { datasetFiles, type DownloadFile, type PinnedFile } from "./files.ts";
import { isCanonical, rowsOf, type Rows } from "./formats.ts";
import { packageFiles } from "./package.ts";
import { periodCovered, type Period } from "./period.ts";
import { datasetReadme, packageReadme, type CitedSource } from "./readme.ts";
import { archivePath, checkReleases, type ReleaseFiles } from "./releases.ts";
import { usedBy, type UsageItem } from "./usage.ts";
import { DATASET_PAGE_IDS, isPageId } from "../identity/page-ids.ts";
import { absoluteUrl, DATA_HOME, dataHref, datasetHref, pinnedCsvPath } from "../identity/data-urls.ts";

export interface DatasetEntry {
  readonly schema: TableSchema;
  readonly caveats: readonly string[];
  readonly rows: Rows;
  readonly period: Period | null;
  /** Every version, oldest first. */
  readonly history: readonly ChangelogEntry[];
  readonly latest: ChangelogEntry;
  /** The latest files: csv, spreadsheet-csv, json, schema, any derived files, readme, citation, zip. */
  readonly downloads: readonly DownloadFile[];
  readonly zipContents: readonly string[];
  /** Each version's CSV at its pinned address, oldest first. */
  readonly pinned: readonly PinnedFile[];
  readonly citations: Citations;
  readonly usedBy: readonly UsageItem[];
}

export interface Catalogue {
  readonly datasets: readonly DatasetEntry[];
  readonly version: string;
  readonly date: string;
  /** datapackage.json, the ZIP of everything, SHA256SUMS.txt, README.md, CITATION.cff. */
  readonly packageFiles: readonly DownloadFile[];
  readonly citations: Citations;
  /** Every file under /data/, by path relative to /data/. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

export interface CatalogueInput extends ReleaseFiles {
  /** Astro's `site`: the public address that citations and READMEs give. */
  readonly site: string;
  readonly data: Datasets;
  readonly changelog: readonly ChangelogEntry[];
  readonly usage?: readonly UsageItem[];
}


/** The collection's description, as in datapackage.json. */
export const PACKAGE_DESCRIPTION = String(dataPackage([])["description"]);

/** Sources cited by a dataset's rows, in first-cited order; null for the sources dataset itself. */
function citedSources(schema: TableSchema, rows: Rows, sources: readonly Source[]): CitedSource[] | null {
  const key = schema.foreignKeys.find((fk) => fk.reference.resource === "sources");
  if (!key) return null;
  const ids = [...new Set(rows.map((r) => r[key.field]).filter((v): v is string => typeof v === "string"))];
  return ids.flatMap((id) => sources.filter((s) => s.id === id));
}

/** Everything that must hold before anything is published: versions as released, canonical files, free page ids. */
export function problemsBeforePublishing(input: CatalogueInput): Problem[] {
  const names = SCHEMAS.map((s) => s.name);
  const problems = checkReleases(input.changelog, names, input);
  for (const schema of SCHEMAS) {
    const rows = rowsOf(input.data, schema.name);
    const bytes = input.read(`${schema.name}.csv`);
    const file = `${input.dir}/${schema.name}.csv`;
    if (bytes !== null && !isCanonical(schema, rows, decodeUtf8(bytes).text)) {
      problems.push({
        file,
        line: 1,
        column: 1,
        message:
          "not in the canonical CSV form (no BOM, LF line ends, minimal quoting, schema column order): `npm run data:release` rewrites it",
      });
    }
    for (const row of rows) {
      if (isPageId(row["id"], DATASET_PAGE_IDS)) {
        problems.push({
          file,
          line: 1,
          column: 1,
          message: `id ${JSON.stringify(row["id"])} is reserved for a section of the dataset page; choose another`,
        });
      }
    }
  }
  return problems;
}

export function buildCatalogue(input: CatalogueInput): Catalogue {
  const problems = problemsBeforePublishing(input);
  if (problems.length > 0) throw new DataError(problems);
  const { site } = input;
  const releasedCsv = (name: string) => {
    const version = historyOf(input.changelog, name).at(-1)?.version;
    const bytes = version === undefined ? null : input.read(archivePath(name, version));
    return bytes === null ? null : decodeUtf8(bytes).text;
  };
  const datasets = SCHEMAS.map((schema): DatasetEntry => {
    const { name, title, description } = schema;
    const rows = rowsOf(input.data, name);
    const history = historyOf(input.changelog, name);
    const latest = history.at(-1);
    if (!latest) throw new DataError([{ file: `${input.dir}/changelog.csv`, line: 1, column: 1, message: `no version of ${name}` }]);
    const about = aboutOf(name);
    const period = periodCovered(schema.fields, rows);
    const pageUrl = absoluteUrl(site, datasetHref(name));
    const pinnedUrl = absoluteUrl(site, dataHref(pinnedCsvPath(name, latest.version)));
    const subject = {
      title,
      version: latest.version,
      date: latest.date,
      pageUrl,
      fileUrl: pinnedUrl,
      key: bibtexKey("takedown-explorer", name, latest.version),
    };
    const citations = citationsOf(subject);
    const files = datasetFiles({
      schema,
      rows,
      csv: input.read(archivePath(name, latest.version)) ?? new Uint8Array(),
      versions: history.map((entry) => ({ entry, csv: input.read(archivePath(name, entry.version)) ?? new Uint8Array() })),
      readme: (described) =>
        datasetReadme({
          name,
          title,
          description,
          caveats: about.caveats,
          rowCount: rows.length,
          period,
          fields: schema.fields,
          history,
          files: described,
          sources: citedSources(schema, rows, input.data.sources),
          sourcesUrl: absoluteUrl(site, datasetHref("sources")),
          pageUrl,
          pinnedUrl,
          citations,
        }),
      citationCff: citationCff({ ...subject, abstract: description, keywords: about.keywords }),
      derived: derivedFiles(name, releasedCsv),
    });
    return {
      schema,
      caveats: about.caveats,
      rows,
      period,
      history,
      latest,
      citations,
      downloads: files.latest,
      pinned: files.pinned,
      zipContents: files.zipContents,
      usedBy: usedBy(name, input.usage ?? []),
    };
  });
  const { version, date } = packageVersion(input.changelog);
  const homeUrl = absoluteUrl(site, DATA_HOME);
  const subject = {
    title: `${SITE_NAME} datasets`,
    version,
    date,
    pageUrl: homeUrl,
    fileUrl: null,
    key: bibtexKey("takedown-explorer", "datasets", version),
  };
  const citations = citationsOf(subject);
  const pkg = packageFiles({
    version,
    date,
    homeUrl,
    datasets: datasets.map((d) => ({
      schema: d.schema,
      latest: d.latest,
      files: { latest: d.downloads, pinned: d.pinned, zipContents: d.zipContents },
    })),
    readme: packageReadme({
      version,
      date,
      description: PACKAGE_DESCRIPTION,
      homeUrl,
      citations,
      datasets: datasets.map((d) => ({ name: d.schema.name, title: d.schema.title, version: d.latest.version, rowCount: d.rows.length })),
    }),
    citationCff: citationCff({
      ...subject,
      abstract: PACKAGE_DESCRIPTION,
      keywords: ["people smuggling", "social media", "content removal", "United Kingdom"],
    }),
  });
  const all = [...pkg, ...datasets.flatMap((d) => [...d.downloads, ...d.pinned])];
  const files = new Map(all.map((f) => [f.path, f.bytes]));
  if (files.size !== all.length) throw new Error("two catalogue files share a path");
  return { datasets, version, date, packageFiles: pkg, citations, files };
}
