/**
 * What a reader must know before using each dataset, in plain words. Typed as a
 * Record over the dataset names, so a new dataset without caveats fails the
 * type check. No figures here: numbers live in the data, where they are sourced.
 */
import type { DatasetName } from "../data/schemas.ts";

export interface About {
  /** Points to read before using the figures. */
  readonly caveats: readonly string[];
  /** For CITATION.cff and search. */
  readonly keywords: readonly string[];
}

const SHARED_KEYWORDS = ["people smuggling", "social media", "United Kingdom"] as const;

export const ABOUT: Readonly<Record<DatasetName, About>> = {
  sources: {
    caveats: [
      "Each row is a document as we read it, at the address given. Where it is a repost or copy of another organisation's release, `reproduces` says whose.",
      "A title in square brackets is our description, used where the page's own title was not captured.",
      "Where a copy shows no publication date, `published` gives only the year or month we can support, and the note says where it comes from. A living page with no date at all has a blank `published`.",
      "The documents remain the work and property of their publishers.",
    ],
    keywords: ["sources", "National Crime Agency", "Home Office"],
  },
  takedowns: {
    caveats: [
      "The National Crime Agency finds smuggling adverts and refers them; the platforms decide whether to take them down. Its counts are removals that followed its referrals, not everything the platforms removed.",
      "The unit changes between releases (posts, pages, accounts, or a stated mix of them). Check `unit` and `unit_as_worded` before putting figures on one scale.",
      "Qualifiers are data: “almost” a number is not that number. Keep `qualifier` (and the source's wording in `as_worded`) when you quote a figure.",
      "Running totals and single-period figures differ: see `aggregation`. A yearly figure is part of a running total, not an addition to it.",
      "Where sources disagree, both figures are kept and point at each other in `conflicts_with`; their notes explain the clash. Nothing is merged, averaged or interpolated.",
      "Do not subtract one published total from another and present the result as a published figure. We found no breakdown by platform.",
      "Europol figures count accounts reported to Europol, or referred by it to platforms: not removals.",
    ],
    keywords: ["takedowns", "content removal", "National Crime Agency", "referrals"],
  },
  prices: {
    caveats: [
      "Prices are kept in the currency the source used, as a single value or a range, with their qualifier. Nothing is converted; where a source printed a conversion, the note says so.",
      "Some rows are prices advertised online, others prices offered to a reporter, or averages and lowest prices given by officials: see `measure` and the notes before comparing them.",
      "Several rows sit in the nearest available category, and the note says when.",
    ],
    keywords: ["prices", "small boat crossings"],
  },
  arrivals: {
    caveats: [
      "Provisional daily data as totalled by the Press Association, not official statistics: a year's total can be revised as later reports come in, and the notes say where it was.",
      "This measures something different from the official irregular-arrivals statistics in the irregular_arrivals dataset: do not mix or combine the two.",
    ],
    keywords: ["small boat arrivals", "Channel crossings", "Home Office"],
  },
  arrivals_monthly: {
    caveats: [
      "Single months as individual reports gave them, not a complete monthly series: the full series is in the Home Office's published data on small boat crossings.",
      "A month can have several figures: a provisional total at the time, a revised one, an official one. All are kept, each with its source, and differing figures point at each other in `conflicts_with`. Do not average them or pick one silently.",
      "Provisional figures reported before a month ended are not kept; a figure here is for a whole month as its source gave it.",
    ],
    keywords: ["small boat arrivals", "Channel crossings", "monthly", "Home Office"],
  },
  irregular_arrivals: {
    caveats: [
      "Official statistics covering every irregular route, of which small boats are one: a different measure from the provisional small-boat counts in the arrivals dataset. Do not mix or combine the two.",
      "Editions word the measure differently (see `measure_as_worded`); the source does not always say whether the definition changed.",
    ],
    keywords: ["irregular arrivals", "official statistics", "Home Office"],
  },
  events: {
    caveats: [
      "Dates keep the precision the source gave: a month-only date means the source named only the month.",
      "Titles and summaries are the curators' own words; the source row has the original.",
    ],
    keywords: ["timeline", "Online Safety Act", "policy"],
  },
  cases: {
    caveats: [
      "People are named only once a court has convicted them; everyone else is described (age, sex, place).",
      "A status is the last one we found reported, on the date in `status_date`; a later outcome may exist.",
      "Charges are allegations until a court decides.",
    ],
    keywords: ["prosecutions", "enforcement", "courts"],
  },
  case_steps: {
    caveats: [
      "Each step is dated and sourced on its own; a case's steps may come from different sources, which can describe the same people differently.",
      "Charges are allegations until a court decides. The list of steps may be incomplete: it holds what we found reported.",
    ],
    keywords: ["prosecutions", "enforcement", "courts"],
  },
};

/** Caveats and keywords of a dataset (the shared keywords first). */
export function aboutOf(dataset: string): About {
  const about = (ABOUT as Readonly<Record<string, About | undefined>>)[dataset];
  if (!about) throw new Error(`no caveats for dataset ${JSON.stringify(dataset)}: add them to ABOUT in src/lib/catalogue/caveats.ts`);
  return { caveats: about.caveats, keywords: [...SHARED_KEYWORDS, ...about.keywords] };
}
