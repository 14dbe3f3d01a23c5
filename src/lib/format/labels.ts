/**
 * Plain-words labels for the coded values in the datasets. Each map is typed
 * as a Record over the schema's values, so adding a value to a schema without
 * a label here fails the type check instead of printing a raw code.
 */
import type { CaseStep, Source, Takedown } from "../data/schemas.ts";

type Unit = Takedown["unit"];
type CountingRule = Takedown["counting_rule"];
type Aggregation = Takedown["aggregation"];
type SourceKind = Source["kind"];
type StepKind = CaseStep["step"];

const UNITS: Readonly<Record<Unit, string>> = {
  "posts-pages-accounts": "posts, pages and accounts",
  accounts: "accounts",
  pages: "pages",
  posts: "posts",
  percent: "per cent",
};

const COUNTING_RULES: Readonly<Record<CountingRule, string>> = {
  "removed-after-referral": "removed after referral",
  referred: "referred to platforms",
  "reported-to-agency": "reported to law enforcement",
  "not-removed": "not removed",
  pending: "awaiting a platform’s decision",
  "removed-share": "share of referrals removed",
  "removed-before-report-share": "share of a platform’s removals made before any report",
  "estimated-reach-share": "estimated share of all such accounts reached",
  "used-social-media-share": "share of arrivals who used social media on the journey",
};

const COUNTING_RULE_MEANINGS: Readonly<Record<CountingRule, string>> = {
  "removed-after-referral": "Taken down or suspended by a platform after law enforcement referred it.",
  referred: "Referred by law enforcement to a platform, whether or not it was then removed.",
  "reported-to-agency": "Flagged to a law-enforcement agency, and not yet referred by it to a platform.",
  "not-removed": "Referred but still online when the figure was reported.",
  pending: "Referred and still awaiting a platform’s decision when the figure was reported.",
  "removed-share": "The percentage of referred items that platforms removed.",
  "removed-before-report-share": "The percentage of a platform’s removals that it made before anyone reported the content.",
  "estimated-reach-share": "An estimate of the percentage of all accounts advertising smuggling that the removals reached.",
  "used-social-media-share": "The percentage of people arriving by small boat who told officials they had used social media during the journey.",
};

const AGGREGATIONS: Readonly<Record<Aggregation, string>> = {
  cumulative: "running total",
  period: "in the stated period only",
};

const SOURCE_KINDS: Readonly<Record<SourceKind, string>> = {
  "press-release": "Press release",
  "news-report": "News report",
  "official-statistics": "Official statistics",
  legislation: "Legislation",
  "parliamentary-evidence": "Parliamentary evidence",
  "parliamentary-record": "Parliamentary record",
  "government-guidance": "Government guidance",
  "platform-policy": "Platform policy",
  "agency-report": "Agency report",
  "legal-commentary": "Legal commentary",
};

const STEPS: Readonly<Record<StepKind, string>> = {
  arrest: "Arrest",
  charge: "Charge",
  "court-appearance": "Court appearance",
  plea: "Plea",
  conviction: "Conviction",
  sentence: "Sentence",
  deportation: "Deportation",
  "page-closed": "Page closed",
  reported: "Reported",
};

/** `posts-pages-accounts` -> "posts, pages and accounts". */
export function unitLabel(unit: Unit): string {
  return UNITS[unit];
}

/** `removed-after-referral` -> "removed after referral". */
export function countingRuleLabel(rule: CountingRule): string {
  return COUNTING_RULES[rule];
}

/** One sentence on what a counting rule counts. */
export function countingRuleMeaning(rule: CountingRule): string {
  return COUNTING_RULE_MEANINGS[rule];
}

/** `cumulative` -> "running total". */
export function aggregationLabel(aggregation: Aggregation): string {
  return AGGREGATIONS[aggregation];
}

/** `press-release` -> "Press release". */
export function sourceKindLabel(kind: SourceKind): string {
  return SOURCE_KINDS[kind];
}

/** `court-appearance` -> "Court appearance". */
export function caseStepLabel(step: StepKind): string {
  return STEPS[step];
}

/** A reporting body for running text: the schema's "Not stated" (nobody named as the source of an estimate) reads as words. */
export function reportingBodyText(body: Takedown["reporting_body"]): string {
  return body === "Not stated" ? "no reporting body named" : body;
}
