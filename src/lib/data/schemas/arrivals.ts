/**
 * Small boat and irregular arrivals, yearly and monthly: the context the
 * takedown figures are read against.
 */
import { defineTable } from "../schema-types.ts";
import { id, sourceId, note, sourceKey } from "./fields.ts";

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
