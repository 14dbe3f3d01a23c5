/**
 * The import order of src/lib, enforced by `npm run lint` (eslint.config.js reads this table).
 *
 * Each folder may import only from folders in an earlier rank; folders in one rank may not import each other.
 * A module that needs something from a later rank is a back arrow: move the shared piece down instead.
 * src/lib/README.md describes the same order in words.
 */
export const LIB_LAYERS = [
  ["identity"], // site name, author, internal URL rules: imports nothing from src/lib
  ["data"], // reading, validating and loading the CSVs
  ["format"], // numbers, dates, labels for readers
  ["charts", "explainers", "cases"], // chart definitions, explainer prose helpers, the cases view
  ["catalogue"], // the data catalogue: downloads, releases, citations
  ["site"], // page-level helpers: breadcrumbs, feed, sitemap, chart pages
  ["embed", "about"], // embed pages and the about page, built on everything below
];

const escape = (name) => name.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&");

/** ESLint config objects: for every folder of src/lib, the folders it may not import. */
export function layerRules() {
  return LIB_LAYERS.flatMap((rank, index) => {
    const forbidden = [...LIB_LAYERS.slice(index).flat()];
    return rank.map((folder) => {
      const above = forbidden.filter((name) => name !== folder);
      return {
        files: [`src/lib/${folder}/**/*.ts`],
        rules: {
          "no-restricted-imports": [
            "error",
            {
              patterns: [
                {
                  regex: `^(\\.\\./)+(${above.map(escape).join("|")})/`,
                  message: `src/lib/${folder} may import only from folders in an earlier rank of eslint.layers.js: move the shared piece down instead.`,
                },
                {
                  regex: "^(\\.\\./)+(components|layouts|pages|integrations)/",
                  message: "src/lib is pure TypeScript: it never imports components, layouts, pages or integrations.",
                },
                {
                  regex: "^astro(:|/|$)",
                  message: "src/lib is pure TypeScript: no Astro imports (pages and components pass data in).",
                },
              ],
            },
          ],
        },
      };
    });
  });
}
