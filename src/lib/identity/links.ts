/**
 * Internal routes and link checks in one place, so pages never hand-build
 * URLs and the nav can only point at pages that exist.
 */

export interface NavItem {
  readonly href: string;
  readonly label: string;
}

/** The main navigation, in reading order. The link check (tests/e2e) fails if any of these pages is not built. */
export const NAV: readonly NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/explainers/", label: "Explainers" },
  { href: "/charts/", label: "Charts" },
  { href: "/data/", label: "Data" },
  { href: "/cases/", label: "Cases" },
  { href: "/sources/", label: "Sources" },
  { href: "/about/", label: "About" },
];

/** Link to a source's entry on the sources page. Ids are `[a-z0-9-]`, so they need no escaping. */
export function sourceHref(sourceId: string): string {
  return `/sources/#${sourceId}`;
}

function trimSlash(path: string): string {
  const trimmed = path.replace(/\/+$/, "").replace(/\/index\.html$/, "");
  return trimmed === "" ? "/" : trimmed;
}

/** Whether a nav link is the page being built (`/sources` and `/sources/` both match `/sources/`). */
export function isCurrent(href: string, pathname: string): boolean {
  return trimSlash(href) === trimSlash(pathname);
}

/**
 * Only absolute http(s) URLs become links. The validator already guarantees
 * this for `sources.url`; checking again at render keeps a `javascript:` URL
 * from becoming a link if data ever bypasses validation.
 */
export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
