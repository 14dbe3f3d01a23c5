/**
 * How to cite a dataset version, or the whole collection: a short and a full
 * text, APA 7 and BibTeX. Everything comes from the version's own date and
 * URLs, never from the build, so the text is the same in every build and
 * "retrieved" names the version rather than a day of access.
 */
import { formatDate } from "../format/dates.ts";
import { AUTHOR, SITE_NAME } from "../identity/site.ts";

export { AUTHOR, SITE_NAME };
export const LICENCE = { spdx: "CC-BY-4.0", name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" } as const;

export interface CitationSubject {
  /** "Takedown figures", or "Takedown Explorer datasets" for the whole collection. */
  readonly title: string;
  readonly version: string;
  /** Release day of the version, YYYY-MM-DD (from the changelog). */
  readonly date: string;
  /** Absolute URL of the page describing it. */
  readonly pageUrl: string;
  /** Absolute URL of the exact, version-pinned file, when there is one. */
  readonly fileUrl: string | null;
  /** A BibTeX key made of letters, digits, `-`, `_` and `.`. */
  readonly key: string;
}

export interface Citations {
  readonly short: string;
  readonly full: string;
  readonly apa: string;
  readonly bibtex: string;
}

/** Escapes the characters that are special in BibTeX text fields. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) => {
    if (c === "\\") return "\\textbackslash{}";
    if (c === "^") return "\\textasciicircum{}";
    if (c === "~") return "\\textasciitilde{}";
    return `\\${c}`;
  });
}

/** A BibTeX key from parts: `takedown-explorer-takedowns-1.0.0` (underscores become hyphens). */
export function bibtexKey(...parts: readonly string[]): string {
  return parts
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, "-");
}

export function citationsOf(s: CitationSubject): Citations {
  const year = s.date.slice(0, 4);
  const released = formatDate(s.date);
  const where = s.fileUrl ?? s.pageUrl;
  const short = `${SITE_NAME} (${year}), ${s.title}, version ${s.version}`;
  const full =
    `${AUTHOR} (${year}). ${s.title} [Data set], version ${s.version} of ${released}. ${SITE_NAME}. ` +
    `Licensed under ${LICENCE.name}. Retrieved from ${where}` +
    (s.fileUrl === null ? "" : ` (described at ${s.pageUrl})`);
  const apa = `${AUTHOR}. (${year}). ${s.title} (Version ${s.version}) [Data set]. ${SITE_NAME}. ${where}`;
  const fields: [string, string][] = [
    ["author", `{${bibtexEscape(AUTHOR)}}`],
    ["title", bibtexEscape(s.title)],
    ["year", year],
    ["date", s.date],
    ["version", s.version],
    ["publisher", bibtexEscape(SITE_NAME)],
    ["howpublished", `Data set, version ${s.version}, released ${s.date}`],
    // URLs are written as they are: BibTeX's url field is read verbatim.
    ["url", where],
    ["note", `Licensed under ${LICENCE.name}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(",\n");
  const bibtex = `@misc{${s.key},\n${body}\n}`;
  return { short, full, apa, bibtex };
}
