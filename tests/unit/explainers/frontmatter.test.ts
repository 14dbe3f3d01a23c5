import { describe, expect, test } from "vitest";
import { frontmatterOf, listField, readFrontmatter } from "../../../src/lib/explainers/frontmatter.ts";
import { explainerFrontmatterSchema } from "../../../src/lib/explainers/frontmatter-schema.ts";

const schema = explainerFrontmatterSchema({ datasets: ["takedowns", "prices"], charts: ["chart-a"] });

const GOOD = [
  "---", // 1
  'title: "A \\"quoted\\" title"', // 2
  "summary: A summary long enough for the schema's twenty characters.", // 3
  "published: 2026-11-21", // 4
  "updated: 2026-12-04", // 5
  "order: 2", // 6
  'datasets: [takedowns, "prices"]', // 7
  "---", // 8
  "",
  "title: not this one",
].join("\n");

/** GOOD with line `n` (1-based) replaced. */
const withLine = (n: number, line: string) => GOOD.split("\n").map((l, i) => (i === n - 1 ? line : l)).join("\n");

describe("frontmatterOf and listField", () => {
  test("reads the block between the --- lines, with its offset in the file", () => {
    const front = frontmatterOf(GOOD);
    expect(front?.offset).toBe(4);
    expect(front?.yaml.split("\n")).toHaveLength(6);
    expect(frontmatterOf("no frontmatter\n")).toBeNull();
  });

  test("listField: each item with the offset of its first character, inside quotes", () => {
    const front = frontmatterOf(GOOD);
    const items = front ? listField(front, "datasets") : [];
    expect(items.map((i) => i.value)).toEqual(["takedowns", "prices"]);
    expect(items.map((i) => GOOD.slice(i.offset, i.offset + i.value.length))).toEqual(["takedowns", "prices"]);
    expect(front ? listField(front, "charts") : null).toEqual([]);
  });

  test("listField reads block lists too", () => {
    const text = "---\ndatasets:\n  - takedowns\n  - 'prices'\n---\n";
    const front = frontmatterOf(text);
    const items = front ? listField(front, "datasets") : [];
    expect(items.map((i) => [i.value, text.slice(i.offset, i.offset + i.value.length)])).toEqual([
      ["takedowns", "takedowns"],
      ["prices", "prices"],
    ]);
  });
});

describe("readFrontmatter(text, file, schema)", () => {
  test("returns the data the content collection would see, escapes undone and defaults filled", () => {
    const { data, problems } = readFrontmatter(GOOD, "x.mdx", schema);
    expect(problems).toEqual([]);
    expect(data).toEqual({
      title: 'A "quoted" title',
      summary: "A summary long enough for the schema's twenty characters.",
      published: "2026-11-21",
      updated: "2026-12-04",
      order: 2,
      datasets: ["takedowns", "prices"],
      charts: [],
    });
  });

  test.each([
    ["an unknown dataset, at the item", withLine(7, "datasets: [takedowns, nope]"), 7, 23, 'frontmatter datasets.1: unknown dataset "nope"'],
    ["a malformed date, at the value", withLine(4, "published: 21/11/2026"), 4, 12, "frontmatter published: use an ISO date, YYYY-MM-DD"],
    ["an update before publication", withLine(5, "updated: 2026-01-01"), 5, 10, "frontmatter updated: updated must not be before published"],
    ["a missing field, at the top of the block", withLine(6, "# no order"), 2, 1, "frontmatter order:"],
    ["YAML that does not parse (a repeated key), at the repeat", withLine(5, "order: 3"), 6, 1, "frontmatter is not valid YAML: Map keys must be unique"],
  ])("reports %s", (_, text, line, column, message) => {
    const { data, problems } = readFrontmatter(text, "content/explainers/x.mdx", schema);
    expect(data).toBeNull();
    expect(problems[0]).toMatchObject({ file: "content/explainers/x.mdx", line, column });
    expect(problems[0]?.message.startsWith(message)).toBe(true);
  });

  test("a file without frontmatter is one problem at 1:1", () => {
    expect(readFrontmatter("# Title\n", "x.mdx", schema).problems).toEqual([
      { file: "x.mdx", line: 1, column: 1, message: expect.stringMatching(/^no frontmatter/) },
    ]);
  });
});
