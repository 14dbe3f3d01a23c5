/**
 * The figure datasets: takedown counts and advertised prices, each kept in
 * its source's unit, wording and period.
 */
import { defineTable } from "../schema-types.ts";
import { QUALIFIERS, PERIOD_BASES, PLATFORMS, id, sourceId, note, sourceKey } from "./fields.ts";

export const takedownsSchema = defineTable({
  name: "takedowns",
  title: "Takedown figures",
  description:
    "One row per published figure about smuggling-related social media content that was referred or removed, kept in the unit, qualifier and period its source stated.",
  primaryKey: "id",
  foreignKeys: [sourceKey, { field: "conflicts_with", reference: { resource: "takedowns", field: "id" }, symmetric: true }],
  orderedPairs: [{ start: "period_start", end: "period_end" }],
  fields: [
    id("figure"),
    {
      name: "reporting_body",
      type: "enum",
      required: true,
      description: "The organisation whose figure it is (not necessarily the publisher of the source).",
      values: ["National Crime Agency", "Home Office", "Europol", "UK law enforcement", "TikTok", "Not stated"],
    },
    {
      name: "unit",
      type: "enum",
      required: true,
      description:
        "What was counted, normalised: `posts-pages-accounts` is a stated mix of posts, pages and accounts; `percent` is a share.",
      values: ["posts-pages-accounts", "accounts", "pages", "posts", "percent"],
    },
    { name: "unit_as_worded", type: "string", required: true, description: "What was counted, in the source's words." },
    {
      name: "counting_rule",
      type: "enum",
      required: true,
      description:
        "What the number counts: `removed-after-referral` (taken down or suspended by a platform after a law-enforcement referral), `referred` (sent to platforms), `reported-to-agency` (flagged to a law-enforcement agency, not yet to platforms), `not-removed` (still online when reported), `pending`, `removed-share` (percentage of referrals removed), `removed-before-report-share` (percentage of a platform's removals made before anyone reported the content), `estimated-reach-share` (estimated percentage of all such accounts that the removals reached), `used-social-media-share` (percentage of small boat arrivals who said they used social media on the journey).",
      values: [
        "removed-after-referral",
        "referred",
        "reported-to-agency",
        "not-removed",
        "pending",
        "removed-share",
        "removed-before-report-share",
        "estimated-reach-share",
        "used-social-media-share",
      ],
    },
    { name: "period_start", type: "partial_date", required: true, description: "First day, month or year the figure covers." },
    { name: "period_end", type: "partial_date", required: true, description: "Last day, month or year the figure covers." },
    {
      name: "period_basis",
      type: "enum",
      required: false,
      addedLater: true,
      description:
        "Where the period comes from: `stated` (the source gives it), `read-from-wording` (the source words it relative to its own date, e.g. 'in the last year', quoted in `period_as_worded`; the dates are the curators' reading, not the source's), `publication-date` (the source gives no period; both dates are the source's publication date). Blank only in versions released before this column existed.",
      values: PERIOD_BASES,
    },
    {
      name: "period_as_worded",
      type: "string",
      required: false,
      addedLater: true,
      description: "The source's own words for the period when they are not dates (e.g. `in the last year`); blank when the period is stated as dates.",
    },
    {
      name: "aggregation",
      type: "enum",
      required: true,
      description: "`cumulative`: a running total since the start of the work; `period`: only the stated period.",
      values: ["cumulative", "period"],
    },
    { name: "value", type: "number", required: true, description: "The stated number, without its qualifier." },
    {
      name: "qualifier",
      type: "enum",
      required: true,
      description: "How the number was qualified: `exact` means no qualifier was given.",
      values: QUALIFIERS,
    },
    { name: "as_worded", type: "string", required: true, description: "The figure as the source phrased it, e.g. `almost 12,000`." },
    sourceId,
    {
      name: "conflicts_with",
      type: "id_list",
      required: false,
      description:
        "Other figures in this table that contradict this one (their `id`s, separated by `;`); conflicting rows always point at each other.",
    },
    note,
  ] as const,
});

export const pricesSchema = defineTable({
  name: "prices",
  title: "Advertised and quoted prices",
  description:
    "Prices of smuggling services as advertised online or quoted to investigators, in the currency and range reported. Nothing is converted.",
  primaryKey: "id",
  foreignKeys: [sourceKey],
  orderedPairs: [{ start: "period_start", end: "period_end" }],
  orderedNumbers: [{ start: "low", end: "high" }],
  fields: [
    id("price"),
    { name: "period_start", type: "partial_date", required: true, description: "When the price was seen or reported (start)." },
    { name: "period_end", type: "partial_date", required: true, description: "End of the period; equal to the start for a single date." },
    { name: "currency", type: "enum", required: true, description: "Currency as reported (ISO 4217).", values: ["GBP", "EUR", "USD"] },
    { name: "low", type: "number", required: true, description: "Lower end of the price; equals `high` for a single price." },
    { name: "high", type: "number", required: true, description: "Upper end of the price; equals `low` for a single price." },
    {
      name: "qualifier",
      type: "enum",
      required: true,
      description: "How the price was qualified (`up-to`, `from`, `around`...); `exact` when unqualified.",
      values: QUALIFIERS,
    },
    {
      name: "measure",
      type: "enum",
      required: true,
      description:
        "`advertised` (in an advert), `quoted` (offered to a reporter or investigator), `typical` (described as the usual or standard price), `average`, `lowest` or `highest` reported by an agency or charity.",
      values: ["advertised", "quoted", "typical", "average", "lowest", "highest"],
    },
    {
      name: "item",
      type: "enum",
      required: true,
      description: "What the price is for.",
      values: ["crossing", "visa", "package", "discount", "referral-prize", "entry-via-ireland"],
    },
    { name: "platforms", type: "list", required: false, description: "Platforms where the advert appeared, when known.", values: PLATFORMS },
    { name: "as_worded", type: "string", required: true, description: "The price as the source phrased it." },
    sourceId,
    note,
  ] as const,
});
