import { describe, expect, it } from "vitest";
import {
  aggregationLabel,
  caseStepLabel,
  countingRuleLabel,
  countingRuleMeaning,
  reportingBodyText,
  sourceKindLabel,
  unitLabel,
} from "../../../src/lib/format/labels.ts";
import { sourcesSchema, takedownsSchema } from "../../../src/lib/data/schemas.ts";

describe("unitLabel(unit)", () => {
  it.each([
    ["posts-pages-accounts", "posts, pages and accounts"],
    ["accounts", "accounts"],
    ["pages", "pages"],
    ["posts", "posts"],
    ["percent", "per cent"],
  ] as const)("%s -> %s", (unit, expected) => {
    expect(unitLabel(unit)).toBe(expected);
  });
});

describe("countingRuleLabel(rule)", () => {
  it.each([
    ["removed-after-referral", "removed after referral"],
    ["referred", "referred to platforms"],
    ["reported-to-agency", "reported to law enforcement"],
    ["not-removed", "not removed"],
    ["pending", "awaiting a platform’s decision"],
    ["removed-share", "share of referrals removed"],
  ] as const)("%s -> %s", (rule, expected) => {
    expect(countingRuleLabel(rule)).toBe(expected);
  });

  it("has a one-sentence meaning for every rule in the schema", () => {
    const field = takedownsSchema.fields.find((f) => f.name === "counting_rule");
    for (const rule of field?.values ?? []) expect(countingRuleMeaning(rule)).toMatch(/^[A-Z].*\.$/);
  });
});

describe("aggregationLabel(aggregation)", () => {
  it.each([
    ["cumulative", "running total"],
    ["period", "in the stated period only"],
  ] as const)("%s -> %s", (aggregation, expected) => {
    expect(aggregationLabel(aggregation)).toBe(expected);
  });
});

describe("sourceKindLabel(kind)", () => {
  it.each([
    ["press-release", "Press release"],
    ["official-statistics", "Official statistics"],
    ["parliamentary-evidence", "Parliamentary evidence"],
  ] as const)("%s -> %s", (kind, expected) => {
    expect(sourceKindLabel(kind)).toBe(expected);
  });

  it("labels every kind in the schema with a capitalised phrase", () => {
    const field = sourcesSchema.fields.find((f) => f.name === "kind");
    for (const kind of field?.values ?? []) expect(sourceKindLabel(kind)).toMatch(/^[A-Z][a-z ]+$/);
  });
});

describe("caseStepLabel(step)", () => {
  it.each([
    ["court-appearance", "Court appearance"],
    ["page-closed", "Page closed"],
    ["sentence", "Sentence"],
  ] as const)("%s -> %s", (step, expected) => {
    expect(caseStepLabel(step)).toBe(expected);
  });
});

describe("reportingBodyText(body)", () => {
  it.each([
    ["National Crime Agency", "National Crime Agency"],
    ["Home Office", "Home Office"],
    ["Not stated", "no reporting body named"],
  ] as const)("%s -> %s", (body, expected) => {
    expect(reportingBodyText(body)).toBe(expected);
  });
});
