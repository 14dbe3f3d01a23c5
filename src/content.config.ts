/**
 * The one place Astro meets our content: explainers are MDX files in
 * content/explainers/, validated by the frontmatter schema the build check
 * also uses (src/lib/explainers/frontmatter-schema.ts). Datasets are not
 * Astro collections: they are read and validated by src/lib/data (see README,
 * "Architecture"), because Astro's loaders can drop or overwrite rows silently.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { CHARTS } from "./lib/charts/registry.ts";
import { frontmatterIds } from "./lib/explainers/check.ts";
import { explainerFrontmatterSchema } from "./lib/explainers/frontmatter-schema.ts";

const explainers = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/explainers" }),
  schema: explainerFrontmatterSchema(frontmatterIds(CHARTS.map((c) => c.id))),
});

export const collections = { explainers };
