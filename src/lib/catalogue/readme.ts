/**
 * README.md for a dataset version (in its ZIP and beside its files) and for
 * the whole collection. Plain Markdown that reads well as text, since most
 * people will open it in a text editor. Everything comes from the catalogue;
 * nothing here is typed twice. Text from data cells (sources, changelog
 * summaries) goes through `markdownText`, so a cell renders as the text it holds:
 * never as a link, an image, HTML or a comment that hides the rest of the file.
 */
import type { FieldBase } from "../data/schema-types.ts";
import { formatDate, formatPeriod } from "../format/dates.ts";
import { markdownText, markdownUrl } from "../format/markdown.ts";
import { countOf } from "../format/plural.ts";
import { CHANGE_KIND_LABELS, type ChangelogEntry } from "./changelog.ts";
import { LICENCE, SITE_NAME } from "../identity/site.ts";
import type { Citations } from "./dataset-citations.ts";
import type { Period } from "./period.ts";
import { SPREADSHEET_POLICY } from "./spreadsheet.ts";
import { typeLabel } from "./schema-view.ts";

export interface ReadmeFile {
  readonly name: string;
  readonly title: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface CitedSource {
  readonly publisher: string;
  readonly title: string;
  readonly url: string;
  readonly published: string | null;
}

export interface DatasetReadme {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly caveats: readonly string[];
  readonly rowCount: number;
  readonly period: Period | null;
  readonly fields: readonly FieldBase[];
  readonly history: readonly ChangelogEntry[];
  readonly files: readonly ReadmeFile[];
  /** The documents its rows cite; null for the sources dataset itself. */
  readonly sources: readonly CitedSource[] | null;
  readonly sourcesUrl: string;
  readonly pageUrl: string;
  readonly pinnedUrl: string;
  readonly citations: Citations;
}

/** Text for a Markdown table cell: pipes escaped, line breaks as spaces. */
export function tableCell(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\r\n|\r|\n/g, " ");
}

const bullet = (lines: readonly string[]) => lines.map((l) => `- ${l}`).join("\n");

function changeLine(e: ChangelogEntry): string {
  return `${e.version} (${formatDate(e.date)}, ${CHANGE_KIND_LABELS[e.kind]}): ${markdownText(e.summary)} CSV sha256 ${e.sha256}.`;
}

function citationSection(c: Citations): string {
  return [`Short: ${c.short}`, "", `Full: ${c.full}`, "", `APA: ${c.apa}`, "", "BibTeX:", "", "```bibtex", c.bibtex, "```"].join("\n");
}

function sourcesSection(d: DatasetReadme): string {
  if (d.sources === null) return "This dataset is the list of sources: every other dataset cites its rows by `id`.";
  const intro = `The rows cite ${countOf(d.sources.length, "document")}. The sources dataset (${d.sourcesUrl}) describes each one.`;
  const lines = d.sources.map(
    (s) => `${markdownText(s.publisher)}, “${markdownText(s.title)}” (${s.published === null ? "undated" : formatDate(s.published)}). ${markdownUrl(s.url)}`,
  );
  return `${intro}\n\n${bullet(lines)}`;
}

export function datasetReadme(d: DatasetReadme): string {
  const latest = d.history.at(-1);
  if (!latest) throw new RangeError(`${d.name} has no version`);
  const columns = d.fields.map((f) =>
    [f.name, typeLabel(f), f.required ? "yes" : "no", (f.values ?? []).join(", "), f.description].map(tableCell).join(" | "),
  );
  const files = d.files.map((f) => [f.name, f.title, String(f.bytes), f.sha256].map(tableCell).join(" | "));
  return `${[
    `# ${d.title}, version ${latest.version}`,
    d.description,
    bullet([
      `Dataset: \`${d.name}\`, ${d.rowCount} rows, ${d.fields.length} columns`,
      `Version: ${latest.version}, released ${formatDate(latest.date)} (${CHANGE_KIND_LABELS[latest.kind]})`,
      `Period covered: ${d.period === null ? "no dates" : formatPeriod(d.period.start, d.period.end)}`,
      `Published by ${SITE_NAME}; licence ${LICENCE.name} (${LICENCE.url})`,
      `Latest version: ${d.pageUrl}`,
      `This version's CSV, unchanged for good: ${d.pinnedUrl}`,
    ]),
    "## Read this first",
    bullet(d.caveats),
    "## Files",
    "file | what it is | bytes | sha256\n--- | --- | --- | ---\n" + files.join("\n"),
    "Check a file with `sha256sum FILE` (Linux), `shasum -a 256 FILE` (macOS) or `Get-FileHash FILE` (PowerShell).",
    "## Spreadsheet safety",
    SPREADSHEET_POLICY.join("\n\n"),
    "## Columns",
    "column | type | required | allowed values | description\n--- | --- | --- | --- | ---\n" + columns.join("\n"),
    "## Sources",
    sourcesSection(d),
    "## How to cite",
    citationSection(d.citations),
    "## Changelog",
    bullet(d.history.map(changeLine).reverse()),
    "## Licence",
    `${LICENCE.name}: ${LICENCE.url}. Credit “${SITE_NAME}” and the original publisher of a figure. The source documents remain their publishers' work.`,
  ].join("\n\n")}\n`;
}

export interface PackageReadme {
  readonly version: string;
  readonly date: string;
  readonly description: string;
  readonly datasets: readonly { readonly name: string; readonly title: string; readonly version: string; readonly rowCount: number }[];
  readonly homeUrl: string;
  readonly citations: Citations;
}

export function packageReadme(p: PackageReadme): string {
  const rows = p.datasets.map((d) => [`${d.name}/`, d.title, d.version, String(d.rowCount)].map(tableCell).join(" | "));
  return `${[
    `# ${SITE_NAME} datasets, version ${p.version}`,
    p.description,
    bullet([
      `Version ${p.version}, ${formatDate(p.date)}`,
      `Licence ${LICENCE.name} (${LICENCE.url})`,
      `Latest version and every dataset's page: ${p.homeUrl}`,
    ]),
    "## Contents",
    "`datapackage.json` is a Frictionless Data Package: it lists every file with its size and sha256, and holds each dataset's Table Schema. Each folder holds one dataset, with its own README.",
    "folder | dataset | version | rows\n--- | --- | --- | ---\n" + rows.join("\n"),
    "## Spreadsheet safety",
    SPREADSHEET_POLICY.join("\n\n"),
    "## How to cite",
    citationSection(p.citations),
    "## Licence",
    `${LICENCE.name}: ${LICENCE.url}. Credit “${SITE_NAME}” and the original publisher of a figure.`,
  ].join("\n\n")}\n`;
}
