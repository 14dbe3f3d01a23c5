/**
 * How to cite one chart: short, APA 7 and BibTeX. The chart changes when the
 * data does, so each form names the collection's data version and its release
 * day, and leaves a slot for the day the reader accessed it, which no build can
 * know: the page shows the slot in words, and the copy button fills in the day
 * of copying (copy-button.ts). Nothing here depends on the day of the build.
 */
import { bibtexEscape, bibtexKey } from "../catalogue/dataset-citations.ts";
import { AUTHOR, LICENCE, SITE_NAME } from "../identity/site.ts";
import { formatDate } from "../format/dates.ts";

/** A piece of citation text, or the reader's access date in one of two styles. */
export type CitationPart = string | { readonly accessDate: "long" | "iso" };

export interface ChartCitation {
  readonly short: readonly CitationPart[];
  readonly apa: readonly CitationPart[];
  readonly bibtex: readonly CitationPart[];
}

export interface ChartCitationSubject {
  readonly id: string;
  readonly title: string;
  /** Absolute URL of the chart's page. */
  readonly url: string;
  /** The collection's data version and its release day (YYYY-MM-DD). */
  readonly version: string;
  readonly date: string;
}

/** What the page shows where the access date goes, for readers without the copy button. */
export const ACCESS_DATE_SLOT = { long: "[day you accessed it]", iso: "[YYYY-MM-DD you accessed it]" } as const;

export function chartCitation(s: ChartCitationSubject): ChartCitation {
  const year = s.date.slice(0, 4);
  const short = [`${SITE_NAME} (${year}), “${s.title}”, chart, data version ${s.version}, ${s.url}`];
  const apa: CitationPart[] = [
    `${AUTHOR}. (${year}). ${s.title} [Chart; data version ${s.version} of ${formatDate(s.date)}]. ${SITE_NAME}. Retrieved `,
    { accessDate: "long" },
    `, from ${s.url}`,
  ];
  const fields: [string, CitationPart[]][] = [
    ["author", [`{${bibtexEscape(AUTHOR)}}`]],
    ["title", [bibtexEscape(s.title)]],
    ["year", [year]],
    ["date", [s.date]],
    ["version", [s.version]],
    ["publisher", [bibtexEscape(SITE_NAME)]],
    ["howpublished", [`Chart, data version ${s.version}, released ${s.date}`]],
    // BibTeX's url field is read verbatim.
    ["url", [s.url]],
    ["urldate", [{ accessDate: "iso" }]],
    ["note", [`Data licensed under ${LICENCE.name}`]],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const bibtex: CitationPart[] = [`@misc{${bibtexKey("takedown-explorer", s.id, s.version)},\n`];
  fields.forEach(([name, value], i) => {
    bibtex.push(`  ${name.padEnd(width)} = {`, ...value, `}${i < fields.length - 1 ? "," : ""}\n`);
  });
  bibtex.push("}");
  return { short, apa, bibtex };
}

/** The citation as text, with the access date filled in (`today` as YYYY-MM-DD) or left as its slot. */
export function citationText(parts: readonly CitationPart[], today: string | null): string {
  return parts
    .map((p) => {
      if (typeof p === "string") return p;
      if (today === null) return ACCESS_DATE_SLOT[p.accessDate];
      return p.accessDate === "iso" ? today : formatDate(today);
    })
    .join("");
}
