/**
 * What the site follows, named once: chart and page code compares rows with these names instead of
 * spelling out a publisher or an event id, so a change in the data means changing one line here.
 */

/** The body whose referrals the site follows: figures count its removals, and labels name any other body. */
export const REFERRING_BODY = "National Crime Agency";
/** Its abbreviation, used where space is short and the full name has been given nearby. */
export const REFERRING_BODY_SHORT = "NCA";

/** Reporting bodies whose removals after referral the takedowns chart draws. */
export const TAKEDOWN_BODIES = [REFERRING_BODY, "Home Office"] as const;

/** The events (ids in events.csv) drawn as lines on the takedowns chart, in this order, with their short labels. */
export const KEY_EVENTS = [
  { id: "nca-action-plan-launch", regular: "NCA action plan", compact: "NCA plan" },
  { id: "osa-illegal-content-duties", regular: "Online Safety Act duties", compact: "OSA duties" },
  { id: "s17-offence-in-force", regular: "s.17 advert offence", compact: "s.17 offence" },
] as const;

/** The event the running totals count from; figures for periods ending before it are left out. */
export const PLAN_EVENT: (typeof KEY_EVENTS)[number]["id"] = "nca-action-plan-launch";
