import { describe, expect, it } from "vitest";
import { citationCount, citationsBySource } from "../../../src/lib/site/rows-by-source.ts";
import { loadFromDisk } from "../../../src/lib/data/site-data.ts";
import { caseStep, courtCase, datasets, event, price, source, takedown } from "./rows.ts";

const data = datasets({
  sources: [source({ id: "s1" }), source({ id: "s2" }), source({ id: "unused" })],
  takedowns: [
    takedown({ id: "t1", as_worded: "almost 12,000", unit_as_worded: "accounts, pages and posts", period_start: "2021-12", period_end: "2024-06" }),
    takedown({ id: "t2", source_id: "s2", as_worded: "more than 90%", unit_as_worded: "of referred content", period_start: "2024", period_end: "2024" }),
  ],
  prices: [price({ id: "p1", as_worded: "£3,000 to £6,000", period_start: "2024-03", period_end: "2024-03" })],
  arrivals: [{ id: "a2024", year: 2024, arrivals: 36816, people_per_boat: 53, status: "provisional", source_id: "s2", note: null }],
  irregular_arrivals: [
    { id: "i2024", year: 2024, arrivals: 43600, small_boat_percent: 84, measure_as_worded: "irregular arrivals", source_id: "s2", note: null },
  ],
  events: [event({ id: "e1", title: "Online Safety Act", date: "2023-10-26" })],
  cases: [courtCase({ id: "c1", title: "Facebook advert case" })],
  case_steps: [caseStep({ id: "cs1", case_id: "c1", step: "sentence", date: "2024-11" })],
});

describe("citationsBySource(data)", () => {
  const map = citationsBySource(data);

  it("lists every source, including one no row cites", () => {
    expect([...map.keys()]).toEqual(["s1", "s2", "unused"]);
    expect(map.get("unused")).toEqual([]);
  });

  it("labels each citing row in dataset order, then file order", () => {
    expect(map.get("s1")).toEqual([
      { dataset: "takedowns", datasetTitle: "Takedown figures", rowId: "t1", label: "almost 12,000 accounts, pages and posts (Dec 2021 – Jun 2024)" },
      { dataset: "prices", datasetTitle: "Advertised and quoted prices", rowId: "p1", label: "£3,000 to £6,000 (Mar 2024)" },
      { dataset: "events", datasetTitle: "Law, policy and operations timeline", rowId: "e1", label: "Online Safety Act (26 October 2023)" },
      { dataset: "cases", datasetTitle: "Enforcement cases", rowId: "c1", label: "Facebook advert case" },
      { dataset: "case_steps", datasetTitle: "Enforcement case steps", rowId: "cs1", label: "Facebook advert case: Sentence (November 2024)" },
    ]);
    expect(map.get("s2")?.map((c) => [c.dataset, c.label])).toEqual([
      ["takedowns", "more than 90% of referred content (2024)"],
      ["arrivals", "2024: 36,816 small boat arrivals"],
      ["irregular_arrivals", "2024: 43,600 irregular arrivals"],
    ]);
  });

  it("keeps hostile text as it is (escaping is the page's job)", () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const m = citationsBySource(datasets({ sources: [source({ id: "s1" })], cases: [courtCase({ id: "c1", title: hostile })] }));
    expect(m.get("s1")?.[0]?.label).toBe(hostile);
  });

  it("falls back to the case id when a step's case is missing", () => {
    const m = citationsBySource(datasets({ sources: [source({ id: "s1" })], case_steps: [caseStep({ id: "cs1", case_id: "ghost", date: "2024" })] }));
    expect(m.get("s1")?.[0]?.label).toBe("ghost: Charge (2024)");
  });

  it("skips rows whose source is not listed (the validator reports those)", () => {
    const m = citationsBySource(datasets({ sources: [source({ id: "s1" })], cases: [courtCase({ id: "c1", source_id: "missing" })] }));
    expect([...m.entries()]).toEqual([["s1", []]]);
  });
});

describe("citationsBySource(the published data)", () => {
  // Every row of every dataset but sources.csv names a source, so every row must
  // appear once under it. (arrivals_monthly was once left off the sources page.)
  it("lists every citing row of every dataset exactly once, under the source it names", () => {
    const { datasets: published } = loadFromDisk();
    const { sources, ...citing } = published;
    const listed = [...citationsBySource(published).entries()].flatMap(([sourceId, cs]) => cs.map((c) => `${c.dataset}/${c.rowId}@${sourceId}`));
    const expected = Object.entries(citing).flatMap(([name, rows]) => (rows as readonly { id: string; source_id: string }[]).map((r) => `${name}/${r.id}@${r.source_id}`));
    expect(sources.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(expected.sort());
  });

  it("labels a monthly arrivals row with its month, figure and status", () => {
    const { datasets: published } = loadFromDisk();
    const row = published.arrivals_monthly.find((r) => r.id === "small-boats-2022-08-revised");
    const citation = citationsBySource(published).get(row?.source_id ?? "")?.find((c) => c.rowId === "small-boats-2022-08-revised");
    expect(citation?.label).toBe("August 2022: 8,574 small boat arrivals (revised)");
  });
});

describe("citationCount(citations)", () => {
  it.each([
    [0, "0 rows"],
    [1, "1 row"],
    [2, "2 rows"],
  ])("%s -> %s", (n, expected) => {
    const list = Array.from({ length: n }, (_, i) => ({ dataset: "cases" as const, datasetTitle: "Enforcement cases", rowId: `c${i}`, label: "x" }));
    expect(citationCount(list)).toBe(expected);
  });
});
