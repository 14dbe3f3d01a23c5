/**
 * How to cite the site as a whole. The date is never the build's: it is the
 * date of the latest data version (from the changelog), so the same data gives
 * the same citation in every build, and a new citation means the data changed.
 */
import { bibtexKey, bibtexMisc } from "../catalogue/dataset-citations.ts";
import { AUTHOR, LICENCE, SITE_NAME } from "../identity/site.ts";
import { formatDate } from "../format/dates.ts";

export const SITE_TITLE = `${SITE_NAME}: people-smuggling adverts on social media and their removal`;

export interface SiteEdition {
  /** The collection's data version, e.g. `1.0.0`. */
  readonly version: string;
  /** That version's release day, YYYY-MM-DD. */
  readonly date: string;
  /** The site's public address (Astro's `site`). */
  readonly url: string;
}

export interface SiteCitation {
  readonly short: string;
  readonly full: string;
  readonly bibtex: string;
}

export function siteCitation({ version, date, url }: SiteEdition): SiteCitation {
  const year = date.slice(0, 4);
  const short = `${SITE_NAME} (${year}), data version ${version}`;
  const full = `${AUTHOR} (${year}). ${SITE_TITLE} [Website], data version ${version} of ${formatDate(date)}. Data licensed under ${LICENCE.name}. ${url}`;
  const bibtex = bibtexMisc(bibtexKey("takedown-explorer", version), {
    title: SITE_TITLE,
    date,
    version,
    howpublished: "Website",
    url,
    note: `Data version ${version}; data licensed under ${LICENCE.name}`,
  });
  return { short, full, bibtex };
}
