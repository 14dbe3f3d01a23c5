/**
 * The sources dataset: every document the other datasets cite.
 */
import { defineTable } from "../schema-types.ts";
import { id, note } from "./fields.ts";

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
