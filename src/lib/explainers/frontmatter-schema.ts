/**
 * The one schema of an explainer's frontmatter. Astro's content collection
 * (src/content.config.ts) validates every explainer with it when it renders;
 * the build check (`check.ts`) validates with the same object before that, so
 * a bad field stops the build at its `file:line:column`, and the data
 * catalogue reads titles and datasets through it rather than by pattern.
 * The allowed dataset and chart ids are passed in: charts sit beside this
 * layer, not below it.
 */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use an ISO date, YYYY-MM-DD");

/** Ids an explainer's `datasets` and `charts` lists may name. */
export interface FrontmatterIds {
  readonly datasets: readonly string[];
  readonly charts: readonly string[];
}

const oneOf = (ids: readonly string[], what: string) =>
  z.string().refine((id) => ids.includes(id), { error: (issue) => `unknown ${what} ${JSON.stringify(issue.input)}` });

export function explainerFrontmatterSchema(ids: FrontmatterIds) {
  return z
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
      /** Datasets whose figures the text uses; shown in the "Data used" box. */
      datasets: z.array(oneOf(ids.datasets, "dataset")).min(1),
      /** Charts embedded or discussed; shown in the "Data used" box. */
      charts: z.array(oneOf(ids.charts, "chart")).default([]),
    })
    .refine((e) => e.updated >= e.published, { message: "updated must not be before published", path: ["updated"] });
}

export type ExplainerFrontmatter = z.infer<ReturnType<typeof explainerFrontmatterSchema>>;
