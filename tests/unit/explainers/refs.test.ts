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

describe("checkRefs(file, text, known)", () => {
  test("reports each unknown id as file:line:column", () => {
    const known: KnownIds = {
      claim: new Set(["c-1", "c-2"]),
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
});

describe("citationOrder(mdx, sourceOfClaim) and reading time", () => {
  test("numbers sources by first citation, through claims and direct citations", () => {
    const sourceOf = (c: string) => ({ "c-1": "s-2", "c-2": "s-9" })[c];
    expect(citationOrder(MDX, sourceOf)).toEqual(["s-2", "s-9"]);
  });

  test("counts prose words only", () => {
    expect(wordCount(MDX)).toBe(3); // "Text", "and", "x": components and frontmatter excluded
    expect(readingMinutes("word ".repeat(660))).toBe(3);
    expect(readingMinutes("")).toBe(1);
  });
});
