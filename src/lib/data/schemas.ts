/**
 * One schema per dataset in `data/`. These are the reference: every column's
 * meaning, type and allowed values are written here once, and the validator,
 * the TypeScript row types and `data/datapackage.json` all follow from them.
 */
import { defineTable, type RowOf } from "./schema-types.ts";

/** How a figure was worded by its source. `exact` means it was stated without a qualifier. */
export const QUALIFIERS = ["exact", "around", "almost", "nearly", "more-than", "up-to", "from"] as const;

/** Where a figure's period comes from: only `stated` periods are the source's own. */
export const PERIOD_BASES = ["stated", "read-from-wording", "publication-date"] as const;

/** Platforms named by sources. `social-media` is used when a source names none. */
export const PLATFORMS = [
  "Facebook",
  "Instagram",
  "TikTok",
  "X",
  "YouTube",
  "WhatsApp",
  "Telegram",
  "Snapchat",
  "messaging-apps",
  "social-media",
] as const;

const id = (what: string) =>
  ({ name: "id", type: "id", required: true, description: `Stable identifier of the ${what}; never reused.` }) as const;
const sourceId = {
  name: "source_id",
  type: "id",
  required: true,
  description: "The source that published this row's figures or facts (an `id` in sources.csv).",
} as const;
const note = {
  name: "note",
  type: "text",
  required: false,
  description: "Caveats and context, in the curators' own words.",
} as const;
const sourceKey = { field: "source_id", reference: { resource: "sources", field: "id" } } as const;

export const sourcesSchema = defineTable({
  name: "sources",
  title: "Sources",
  description: "Every document a figure or fact in the other datasets comes from.",
  primaryKey: "id",
  foreignKeys: [],
  orderedPairs: [],
  fields: [
    id("source"),
    { name: "publisher", type: "string", required: true, description: "Who published the document at this URL." },
    { name: "title", type: "string", required: true, description: "The document's title as published." },
    { name: "url", type: "url", required: true, description: "Where the document was read." },
    {
      name: "published",
      type: "partial_date",
      required: false,
      description: "Publication date, as precise as known; blank for a living page that shows no date.",
    },
    {
      name: "kind",
      type: "enum",
      required: true,
      description: "What sort of document it is.",
      values: [
        "press-release",
        "news-report",
        "official-statistics",
        "legislation",
        "parliamentary-evidence",
        "parliamentary-record",
        "government-guidance",
        "platform-policy",
        "agency-report",
        "legal-commentary",
      ],
    },
    {
      name: "reproduces",
      type: "string",
      required: false,
      description:
        "For a copy or repost: whose release or article it reproduces (e.g. a National Crime Agency release carried by WiredGov). Blank for originals.",
    },
    note,
  ] as const,
});

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

export const arrivalsSchema = defineTable({
  name: "arrivals",
  title: "Small boat arrivals per year",
  description: "People detected arriving in the UK by small boat each year, from Home Office daily data as reported by the Press Association.",
  primaryKey: "id",
  foreignKeys: [sourceKey],
  orderedPairs: [],
  fields: [
    id("year's figure"),
    { name: "year", type: "integer", required: true, description: "Calendar year." },
    { name: "arrivals", type: "integer", required: true, description: "People arriving by small boat." },
    { name: "people_per_boat", type: "number", required: false, description: "Average number of people per boat, as reported." },
    {
      name: "status",
      type: "enum",
      required: true,
      description: "`provisional`: daily operational data; `official`: published statistics.",
      values: ["provisional", "official"],
    },
    sourceId,
    note,
  ] as const,
});

export const arrivalsMonthlySchema = defineTable({
  name: "arrivals_monthly",
  title: "Small boat arrivals in single months",
  description:
    "Monthly small boat arrival figures as individual reports gave them. Not a series: sources differ (provisional daily data as totalled at the time, revised data, official statistics) and each point keeps its own source; differing figures for one month are all kept and point at each other.",
  primaryKey: "id",
  foreignKeys: [sourceKey, { field: "conflicts_with", reference: { resource: "arrivals_monthly", field: "id" } }],
  orderedPairs: [],
  fields: [
    id("monthly figure"),
    { name: "month", type: "partial_date", required: true, description: "The month the figure covers (`YYYY-MM`)." },
    { name: "arrivals", type: "integer", required: true, description: "People arriving by small boat in that month, as reported." },
    { name: "boats", type: "integer", required: false, description: "Boats carrying them, when the source gives it." },
    {
      name: "status",
      type: "enum",
      required: true,
      description:
        "`provisional`: daily operational data as totalled when reported; `revised`: later provisional data the source calls revised; `official`: published statistics.",
      values: ["provisional", "revised", "official"],
    },
    { name: "as_worded", type: "string", required: true, description: "The figure as the source phrased it." },
    sourceId,
    {
      name: "conflicts_with",
      type: "id_list",
      required: false,
      description: "Other figures in this table for the same month that differ from this one (their `id`s, separated by `;`).",
    },
    note,
  ] as const,
});

export const irregularArrivalsSchema = defineTable({
  name: "irregular_arrivals",
  title: "Irregular arrivals (official statistics)",
  description:
    "Official yearly totals of people arriving in the UK irregularly, all routes, with the share that came by small boat. Kept apart from the small-boat series because the measure differs.",
  primaryKey: "id",
  foreignKeys: [sourceKey],
  orderedPairs: [],
  fields: [
    id("year's figure"),
    { name: "year", type: "integer", required: true, description: "Calendar year." },
    { name: "arrivals", type: "integer", required: true, description: "Irregular arrivals by all routes." },
    { name: "small_boat_percent", type: "number", required: true, description: "Percentage of those arrivals that came by small boat.", maximum: 100 },
    { name: "measure_as_worded", type: "string", required: true, description: "What the statistic counts, in the source's words." },
    sourceId,
    note,
  ] as const,
});

export const eventsSchema = defineTable({
  name: "events",
  title: "Law, policy and operations timeline",
  description: "Dated steps in UK law, policy and operations on online smuggling adverts.",
  primaryKey: "id",
  foreignKeys: [sourceKey],
  orderedPairs: [],
  fields: [
    id("event"),
    { name: "date", type: "partial_date", required: true, description: "When it happened, as precise as known." },
    {
      name: "category",
      type: "enum",
      required: true,
      description: "What sort of step it was.",
      values: ["policy", "legislation", "operations", "platform-policy", "international"],
    },
    { name: "title", type: "string", required: true, description: "A short name for the event." },
    { name: "summary", type: "text", required: true, description: "What happened, in the curators' own words." },
    sourceId,
    note,
  ] as const,
});

export const CASE_STATUSES = [
  "arrested",
  "charged",
  "awaiting-sentence",
  "sentenced",
  "deported",
  "closed-by-admins",
  "unknown",
] as const;

export const casesSchema = defineTable({
  name: "cases",
  title: "Enforcement cases",
  description:
    "Cases in which people were arrested, charged or convicted for smuggling that was advertised or promoted online. People are named only once a court has convicted them.",
  primaryKey: "id",
  foreignKeys: [sourceKey],
  orderedPairs: [],
  fields: [
    id("case"),
    { name: "title", type: "string", required: true, description: "A short neutral name for the case." },
    { name: "place", type: "string", required: true, description: "Town or area where the case was based." },
    { name: "court", type: "string", required: false, description: "The court that heard it, when known." },
    { name: "platforms", type: "list", required: true, description: "Platforms or apps used.", values: PLATFORMS },
    { name: "methods", type: "text", required: true, description: "How the services were promoted, in the curators' own words." },
    { name: "offences", type: "text", required: false, description: "Offences charged or proved, as reported." },
    {
      name: "people",
      type: "text",
      required: true,
      description: "Who was involved: names only of people a court convicted; others described (age, sex, place).",
    },
    { name: "status", type: "enum", required: true, description: "Last known status of the case.", values: CASE_STATUSES },
    { name: "status_date", type: "partial_date", required: true, description: "The date on which that status was last reported." },
    { name: "summary", type: "text", required: true, description: "What the case is about, in the curators' own words." },
    sourceId,
    note,
  ] as const,
});

export const caseStepsSchema = defineTable({
  name: "case_steps",
  title: "Enforcement case steps",
  description: "Each dated step of each case (arrest, charge, conviction, sentence...), with its source.",
  primaryKey: "id",
  foreignKeys: [sourceKey, { field: "case_id", reference: { resource: "cases", field: "id" } }],
  orderedPairs: [],
  fields: [
    id("step"),
    { name: "case_id", type: "id", required: true, description: "The case this step belongs to (an `id` in cases.csv)." },
    { name: "date", type: "partial_date", required: true, description: "When the step happened." },
    {
      name: "step",
      type: "enum",
      required: true,
      description: "What happened.",
      values: ["arrest", "charge", "court-appearance", "plea", "conviction", "sentence", "deportation", "page-closed", "reported"],
    },
    { name: "description", type: "text", required: true, description: "The step in the curators' own words." },
    sourceId,
    note,
  ] as const,
});

/** Every dataset, in the order they are validated and listed (sources first: everything cites it). */
export const SCHEMAS = [
  sourcesSchema,
  takedownsSchema,
  pricesSchema,
  arrivalsSchema,
  arrivalsMonthlySchema,
  irregularArrivalsSchema,
  eventsSchema,
  casesSchema,
  caseStepsSchema,
] as const;

export type DatasetName = keyof Datasets;

export type Source = RowOf<typeof sourcesSchema>;
export type Takedown = RowOf<typeof takedownsSchema>;
export type Price = RowOf<typeof pricesSchema>;
export type Arrival = RowOf<typeof arrivalsSchema>;
export type MonthlyArrival = RowOf<typeof arrivalsMonthlySchema>;
export type IrregularArrival = RowOf<typeof irregularArrivalsSchema>;
export type PolicyEvent = RowOf<typeof eventsSchema>;
export type Case = RowOf<typeof casesSchema>;
export type CaseStep = RowOf<typeof caseStepsSchema>;
export type Qualifier = (typeof QUALIFIERS)[number];

/** All datasets, typed, as the site uses them. */
export interface Datasets {
  readonly sources: readonly Source[];
  readonly takedowns: readonly Takedown[];
  readonly prices: readonly Price[];
  readonly arrivals: readonly Arrival[];
  readonly arrivals_monthly: readonly MonthlyArrival[];
  readonly irregular_arrivals: readonly IrregularArrival[];
  readonly events: readonly PolicyEvent[];
  readonly cases: readonly Case[];
  readonly case_steps: readonly CaseStep[];
}
