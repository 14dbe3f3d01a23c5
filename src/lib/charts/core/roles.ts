/**
 * Data roles -> chart colour classes, one table for every chart: a unit (and the arrivals series) keeps one colour
 * in every chart, at every width and after every data update. src/styles/tokens.css names the same roles for HTML
 * (`--unit-*`, `--arrivals`), pointing at the same series numbers; a unit test holds the two together.
 */
import type { Takedown } from "../../data/schemas.ts";

type Unit = Takedown["unit"];

/** One colour per unit. `percent` is never drawn on a count axis; it keeps a colour so the table is total. */
export const UNIT_CLASS: Readonly<Record<Unit, string>> = {
  "posts-pages-accounts": "series-1",
  accounts: "series-2",
  pages: "series-3",
  posts: "series-4",
  percent: "series-5",
};

/** Small boat arrivals: the neutral series, so the removals (coloured by unit) stand out beside them. */
export const ARRIVALS_CLASS = "series-6";
