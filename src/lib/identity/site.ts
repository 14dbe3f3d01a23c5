/** The site's name and authorship, written once: pages, downloads, citations and the feed all read them here. */
export const SITE_NAME = "Takedown Explorer";
export const AUTHOR = "Takedown Explorer contributors";
