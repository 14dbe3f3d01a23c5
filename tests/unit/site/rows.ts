/** Hand-made rows for site tests: complete, valid defaults that each test overrides. */
import type { Case, CaseStep, Datasets, PolicyEvent, Price, Source, Takedown } from "../../../src/lib/data/schemas.ts";

export function source(over: Partial<Source> & Pick<Source, "id">): Source {
  return {
    publisher: "National Crime Agency",
    title: `Release ${over.id}`,
    url: `https://www.nationalcrimeagency.gov.uk/news/${over.id}`,
    published: "2024-07-25",
    kind: "press-release",
    reproduces: null,
    note: null,
    ...over,
  };
}

export function takedown(over: Partial<Takedown> & Pick<Takedown, "id">): Takedown {
  return {
    reporting_body: "National Crime Agency",
    unit: "posts-pages-accounts",
    unit_as_worded: "posts, pages and accounts",
    counting_rule: "removed-after-referral",
    period_start: "2024",
    period_end: "2024",
    period_basis: "stated",
    period_as_worded: null,
    aggregation: "period",
    value: 8000,
    qualifier: "exact",
    as_worded: "8,000",
    source_id: "s1",
    conflicts_with: [],
    note: null,
    ...over,
  };
}

export function price(over: Partial<Price> & Pick<Price, "id">): Price {
  return {
    period_start: "2024",
    period_end: "2024",
    currency: "GBP",
    low: 3000,
    high: 6000,
    qualifier: "exact",
    measure: "advertised",
    item: "crossing",
    platforms: [],
    as_worded: "£3,000 to £6,000",
    source_id: "s1",
    note: null,
    ...over,
  };
}

export function event(over: Partial<PolicyEvent> & Pick<PolicyEvent, "id">): PolicyEvent {
  return { date: "2024-07", category: "policy", title: "An event", summary: "What happened.", source_id: "s1", note: null, ...over };
}

export function courtCase(over: Partial<Case> & Pick<Case, "id">): Case {
  return {
    title: "A case",
    place: "Somewhere",
    court: null,
    platforms: ["Facebook"],
    methods: "Adverts.",
    offences: null,
    people: "A man, 30.",
    status: "charged",
    status_date: "2024-05",
    summary: "Summary.",
    source_id: "s1",
    note: null,
    ...over,
  };
}

export function caseStep(over: Partial<CaseStep> & Pick<CaseStep, "id" | "case_id">): CaseStep {
  return { date: "2024-05-02", step: "charge", description: "Charged.", source_id: "s1", note: null, ...over };
}

export function datasets(over: Partial<Datasets>): Datasets {
  return { sources: [], takedowns: [], prices: [], arrivals: [], arrivals_monthly: [], irregular_arrivals: [], events: [], cases: [], case_steps: [], ...over };
}
