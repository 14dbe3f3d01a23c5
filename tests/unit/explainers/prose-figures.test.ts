import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXPLAINERS_DIR } from "../../../src/lib/explainers/check.ts";
import { findHandTypedFigures, proseOnly } from "../../../src/lib/explainers/prose-figures.ts";

const texts = (mdx: string) => findHandTypedFigures(mdx).map((h) => h.text);

describe("findHandTypedFigures(mdx)", () => {
  test.each([
    ["The NCA removed 12,000 posts.", "12,000"],
    ["Some 5600 accounts went.", "5600"],
    ["A crossing cost £3,500 that summer.", "£3,500"],
    ["A visa from €750.", "€750"],
    ["A jet boat for $4,000.", "$4,000"],
    ["They asked 4,500 euros.", "4,500 euros"],
    ["Platforms removed 90% of it.", "90%"],
    ["Platforms removed 90 per cent of it.", "90 per cent"],
    ["He was jailed for 17 years.", "17 years"],
    ["A 38-year-old man was arrested.", "38-year"],
    ["Up to 12 thousand adverts.", "12 thousand"],
    ["It became law on 2 December 2025.", "2 December"],
    ["It became law on December 2, 2025.", "December 2"],
    ["The date was 2025-12-02.", "2025-12-02"],
    ["In 1989 nothing happened.", "1989"],
    ["By 2031 who knows.", "2031"],
    ["A page with 123 followers.", "123"],
  ])("flags %j", (bad, figure) => {
    expect(texts(bad)).toEqual([figure]);
  });

  test.each([
    "In 2024 the agency changed its wording, and again in December 2021.",
    "Section 17 of the Act, or s.17 for short, and Schedule 7 of the 2023 Act.",
    "The first, second and tenth days of the trial.",
    "Three counts, five counts and two men.",
    'The NCA reported <Figure claim="nca-2024-year" period /> in 2025.',
    '<Price id="nca-2025-range" /> and <Detail cell="case_steps/preston-sentence/description" />.',
    "## The Border Security, Asylum and Immigration Act 2025",
  ])("allows %j", (good) => {
    expect(findHandTypedFigures(good)).toEqual([]);
  });

  test("reads the text between a component's tags but not its attributes", () => {
    expect(texts('<CaseLink case="case-123">the 1,218 pages</CaseLink>')).toEqual(["1,218"]);
  });

  test("ignores frontmatter and reports line and column in the original file", () => {
    const mdx = ["---", 'published: "2026-11-21"', "order: 123", "---", "", "Fine text.", "Then £450 per person."].join("\n");
    expect(findHandTypedFigures(mdx)).toEqual([{ line: 7, column: 6, text: "£450", rule: "money typed by hand" }]);
  });

  test("reports a figure once even when several rules match it", () => {
    expect(findHandTypedFigures("up to £20,000")).toHaveLength(1);
  });

  test("only a heading that names an Act may carry numbers", () => {
    expect(texts("## Removals rose to 27,000")).toEqual(["27,000"]);
  });

  test("proseOnly keeps offsets: the blanked text is as long as the original", () => {
    const mdx = '---\na: 1\n---\nText <Figure claim="x" /> more.';
    expect(proseOnly(mdx)).toHaveLength(mdx.length);
  });
});

describe("every explainer in content/explainers", () => {
  const files = readdirSync(EXPLAINERS_DIR).filter((f) => f.endsWith(".mdx")).sort();

  test("there are explainers to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)("%s has no hand-typed figures in its prose", (file) => {
    const hits = findHandTypedFigures(readFileSync(join(EXPLAINERS_DIR, file), "utf8"));
    expect(hits.map((h) => `${file}:${h.line}:${h.column}: ${h.rule}: ${h.text}`)).toEqual([]);
  });
});
