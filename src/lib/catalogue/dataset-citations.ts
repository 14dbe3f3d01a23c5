/**
 * How to cite a dataset version, or the whole collection: a short and a full
 * text, APA 7 and BibTeX. Everything comes from the version's own date and
 * URLs, never from the build, so the text is the same in every build and
 * "retrieved" names the version rather than a day of access.
 */
import { formatDate } from "../format/dates.ts";
import { AUTHOR, LICENCE, SITE_NAME } from "../identity/site.ts";

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

/** What differs between the site's BibTeX entries; author and publisher are always the site's. */
export interface BibtexWork {
  readonly title: string;
  /** YYYY-MM-DD; the year field is taken from it. */
  readonly date: string;
  readonly version: string;
  readonly howpublished: string;
  /** Written as it is: BibTeX's url field is read verbatim. */
  readonly url: string;
  readonly note: string;
}

/** One `@misc` entry with aligned fields, for a dataset version or the whole site. */
export function bibtexMisc(key: string, work: BibtexWork): string {
  const fields: [string, string][] = [
    ["author", `{${bibtexEscape(AUTHOR)}}`],
    ["title", bibtexEscape(work.title)],
    ["year", work.date.slice(0, 4)],
    ["date", work.date],
    ["version", work.version],
    ["publisher", bibtexEscape(SITE_NAME)],
    ["howpublished", work.howpublished],
    ["url", work.url],
    ["note", work.note],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(",\n");
  return `@misc{${key},\n${body}\n}`;
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
  const bibtex = bibtexMisc(s.key, {
    title: s.title,
    date: s.date,
    version: s.version,
    howpublished: `Data set, version ${s.version}, released ${s.date}`,
    url: where,
    note: `Licensed under ${LICENCE.name}`,
  });
  return { short, full, apa, bibtex };
}
