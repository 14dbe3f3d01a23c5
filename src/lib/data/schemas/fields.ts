/**
 * Allowed values and column definitions that several datasets share: the
 * qualifier and period-basis vocabularies, platform names, and the `id`,
 * `source_id` and `note` columns with the foreign key every citing row has.
 */


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

export const id = (what: string) =>
  ({ name: "id", type: "id", required: true, description: `Stable identifier of the ${what}; never reused.` }) as const;
export const sourceId = {
  name: "source_id",
  type: "id",
  required: true,
  description: "The source that published this row's figures or facts (an `id` in sources.csv).",
} as const;
export const note = {
  name: "note",
  type: "text",
  required: false,
  description: "Caveats and context, in the curators' own words.",
} as const;
export const sourceKey = { field: "source_id", reference: { resource: "sources", field: "id" } } as const;
