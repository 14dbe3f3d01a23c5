import { describe, expect, test } from "vitest";
import { citationOrder, readingMinutes, wordCount } from "../../../src/lib/explainers/reading.ts";
import { checkRefs, findRefs, type KnownIds } from "../../../src/lib/explainers/refs.ts";

const MDX = [
  "---", // 1
  'title: "T"', // 2
  "charts: [chart-a, chart-x]", // 3
  "datasets: [takedowns]", // 4
  "---", // 5
  "", // 6
  'Text <Figure claim="c-1" /> and <Cite source="s-9" />.', // 7
  '<Chart id="chart-a" />', // 8
  '<CaseLink case="case-1">x</CaseLink> <Figure period claim="c-2" />', // 9
].join("\n");

const MORE = [
  '<Price id="p-1" /> <EventDate id="e-1" />', // 1
  '<StepDate id="st-1" /> <Detail cell="cases/case-1/summary" />', // 2
  '<Arrivals perBoat year="2024" />', // 3
].join("\n");

describe("findRefs(text)", () => {
  test("finds component attributes and frontmatter lists with their line and column", () => {
    expect(findRefs(MDX)).toEqual([
      { kind: "chart", id: "chart-a", line: 3, column: 10 },
      { kind: "chart", id: "chart-x", line: 3, column: 19 },
      { kind: "dataset", id: "takedowns", line: 4, column: 12 },
      { kind: "claim", id: "c-1", line: 7, column: 21 },
      { kind: "source", id: "s-9", line: 7, column: 47 },
      { kind: "chart", id: "chart-a", line: 8, column: 12 },
      { kind: "case", id: "case-1", line: 9, column: 17 },
      { kind: "claim", id: "c-2", line: 9, column: 60 },
    ]);
  });
});

describe("findRefs(text) for prices, events, case steps and cells", () => {
  test("finds Price, EventDate, StepDate, Detail and Arrivals references", () => {
    expect(findRefs(MORE)).toEqual([
      { kind: "price", id: "p-1", line: 1, column: 12 },
      { kind: "event", id: "e-1", line: 1, column: 35 },
      { kind: "step", id: "st-1", line: 2, column: 15 },
      { kind: "cell", id: "cases/case-1/summary", line: 2, column: 38 },
      { kind: "arrival", id: "2024", line: 3, column: 25 },
    ]);
  });
});

describe("checkRefs(file, text, known)", () => {
  test("reports each unknown id as file:line:column", () => {
    const known: KnownIds = {
      claim: new Set(["c-1", "c-2"]),
      price: new Set(),
      event: new Set(),
      step: new Set(),
      cell: new Set(),
      arrival: new Set(),
      source: new Set(["s-1"]),
      chart: new Set(["chart-a"]),
      case: new Set(["case-1"]),
      dataset: new Set(["takedowns"]),
    };
    expect(checkRefs("content/explainers/x.mdx", MDX, known)).toEqual([
      { file: "content/explainers/x.mdx", line: 3, column: 19, message: 'unknown chart "chart-x"' },
      { file: "content/explainers/x.mdx", line: 7, column: 47, message: 'unknown source (a row of sources.csv) "s-9"' },
    ]);
  });

  test("names the kind of each unknown price, event, step or cell", () => {
    const none = new Set<string>();
    const known: KnownIds = { claim: none, price: none, event: none, step: none, cell: none, arrival: none, source: none, chart: none, case: none, dataset: none };
    expect(checkRefs("x.mdx", MORE, known).map((p) => p.message)).toEqual([
      'unknown price (a row of prices.csv) "p-1"',
      'unknown event (a row of events.csv) "e-1"',
      'unknown case step (a row of case_steps.csv) "st-1"',
      'unknown cell (dataset/row-id/text-column, with a non-blank text column) "cases/case-1/summary"',
      'unknown year of small boat arrivals (a year in arrivals.csv) "2024"',
    ]);
  });
});

describe("citationOrder(mdx, sourceOf) and reading time", () => {
  test("numbers sources by first citation, through claims and direct citations; charts and cases cite nothing", () => {
    const sourceOf = (kind: string, id: string) => (kind === "source" ? id : kind === "claim" ? { "c-1": "s-2", "c-2": "s-9" }[id] : undefined);
    expect(citationOrder(MDX, sourceOf)).toEqual(["s-2", "s-9"]);
  });

  test("prices, dates and cells take their place in the order too", () => {
    const sourceOf = (kind: string, id: string) => `${kind}:${id}`;
    expect(citationOrder(`${MORE}\n<Price id="p-1" />`, sourceOf)).toEqual(["price:p-1", "event:e-1", "step:st-1", "cell:cases/case-1/summary", "arrival:2024"]);
  });

  test("counts prose words only", () => {
    expect(wordCount(MDX)).toBe(3); // "Text", "and", "x": components and frontmatter excluded
    expect(readingMinutes("word ".repeat(660))).toBe(3);
    expect(readingMinutes("")).toBe(1);
  });
});
