/**
 * The one place Astro meets our content: explainers are MDX files in
 * content/explainers/. Datasets are not Astro collections: they are read and
 * validated by src/lib/data (see README, "Architecture"), because Astro's
 * loaders can drop or overwrite rows silently.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { CHARTS } from "./lib/charts/registry.ts";
import { SCHEMAS } from "./lib/data/schemas.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use an ISO date, YYYY-MM-DD");
const datasetNames = SCHEMAS.map((s) => s.name) as [string, ...string[]];
const chartIds = CHARTS.map((c) => c.id) as [string, ...string[]];

const explainers = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/explainers" }),
  schema: z
    .object({
      /** Headline, shown as the page's h1. */
      title: z.string().min(5),
      /** One or two sentences for lists, search results and link previews. */
      summary: z.string().min(20).max(300),
      /** First publication, and last substantive update (ISO dates). */
      published: isoDate,
      updated: isoDate,
      /** Position in the explainers list (1 first). */
      order: z.number().int().positive(),
      /** Datasets whose figures the text uses; shown in the "Data used" box. Write as a flow list: [a, b]. */
      datasets: z.array(z.enum(datasetNames)).min(1),
      /** Charts embedded or discussed; shown in the "Data used" box. Write as a flow list: [a, b]. */
      charts: z.array(z.enum(chartIds)).default([]),
    })
    .refine((e) => e.updated >= e.published, { message: "updated must not be before published", path: ["updated"] }),
});

export const collections = { explainers };
