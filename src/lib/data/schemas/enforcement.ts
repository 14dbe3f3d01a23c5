/**
 * The timeline of law, policy and operations, and the enforcement cases with
 * their steps from arrest or charge to sentence.
 */
import { defineTable } from "../schema-types.ts";
import { PLATFORMS, id, sourceId, note, sourceKey } from "./fields.ts";

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
