import { describe, expect, test } from "vitest";
import { frontmatterOf, listField, scalarField } from "../../../src/lib/explainers/frontmatter.ts";

const FILE = '---\ntitle: "A \\"quoted\\" title"\norder: 2\ndatasets: [takedowns, "prices"]\n---\n\ntitle: not this one\n';

describe("frontmatterOf, listField, scalarField", () => {
  test("reads the block between the --- lines, with its offset in the file", () => {
    expect(frontmatterOf(FILE)).toEqual({ yaml: 'title: "A \\"quoted\\" title"\norder: 2\ndatasets: [takedowns, "prices"]', offset: 4 });
    expect(frontmatterOf("no frontmatter\n")).toBeNull();
  });

  test.each([
    { name: "a double-quoted title, escapes undone", key: "title", expected: 'A "quoted" title' },
    { name: "a bare number", key: "order", expected: "2" },
    { name: "an absent field", key: "summary", expected: null },
  ])("scalarField: $name", ({ key, expected }) => {
    const front = frontmatterOf(FILE);
    expect(front && scalarField(front, key)).toBe(expected);
  });

  test("listField: each item with the offset of its first character, inside quotes", () => {
    const front = frontmatterOf(FILE);
    const items = front ? listField(front, "datasets") : [];
    expect(items.map((i) => i.value)).toEqual(["takedowns", "prices"]);
    expect(items.map((i) => FILE.slice(i.offset, i.offset + i.value.length))).toEqual(["takedowns", "prices"]);
    expect(front ? listField(front, "charts") : null).toEqual([]);
  });
});
