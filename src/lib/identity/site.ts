/** The site's name and authorship, written once: pages, downloads, citations and the feed all read them here. */
export const SITE_NAME = "Takedown Explorer";
export const AUTHOR = "Takedown Explorer contributors";
/** The licence of every dataset and chart download. */
export const LICENCE = { spdx: "CC-BY-4.0", name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" } as const;
