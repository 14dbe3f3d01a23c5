/**
 * Breadcrumbs derived from the URL: Home, the section (named as in the main
 * navigation), then the page itself. Derived rather than hand-written so that
 * every inner page gets them and they cannot disagree with the navigation.
 */
import { NAV, type NavItem } from "../identity/links.ts";

export interface Crumb {
  readonly href: string;
  readonly label: string;
  /** The page being shown: rendered with aria-current="page". */
  readonly current: boolean;
}

/** `/charts/x/` with title "X" -> Home › Charts › X. The home page has none. */
export function breadcrumbs(pathname: string, title: string, nav: readonly NavItem[] = NAV): Crumb[] {
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  if (path === "/") return [];
  const home = { href: "/", label: "Home", current: false };
  const sectionHref = `/${path.split("/")[1] ?? ""}/`;
  const section = nav.find((n) => n.href === sectionHref);
  if (path === sectionHref) return [home, { href: path, label: section?.label ?? title, current: true }];
  const crumbs: Crumb[] = [home];
  if (section) crumbs.push({ href: section.href, label: section.label, current: false });
  crumbs.push({ href: path, label: title, current: true });
  return crumbs;
}

/** Whether `pathname` lies inside the nav item's section (e.g. /charts/x/ inside /charts/). */
export function inSection(href: string, pathname: string): boolean {
  return href !== "/" && pathname.startsWith(href);
}
