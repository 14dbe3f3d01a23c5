import { describe, expect, test, vi } from "vitest";
import { citationCff } from "../../../src/lib/catalogue/cff.ts";
import { bibtexEscape, bibtexKey, citationsOf } from "../../../src/lib/catalogue/dataset-citations.ts";

const subject = {
  title: "Takedown figures",
  version: "1.0.0",
  date: "2026-11-21",
  pageUrl: "https://takedown-explorer.example/data/takedowns/",
  fileUrl: "https://takedown-explorer.example/data/takedowns/1.0.0/takedowns.csv",
  key: "takedown-explorer-takedowns-1.0.0",
};

describe("citationsOf(subject)", () => {
  test("short, full, APA 7 and BibTeX for a dataset version, all from its release date", () => {
    const c = citationsOf(subject);
    expect(c.short).toBe("Takedown Explorer (2026), Takedown figures, version 1.0.0");
    expect(c.full).toBe(
      "Takedown Explorer contributors (2026). Takedown figures [Data set], version 1.0.0 of 21 November 2026. Takedown Explorer. " +
        "Licensed under CC BY 4.0. Retrieved from https://takedown-explorer.example/data/takedowns/1.0.0/takedowns.csv " +
        "(described at https://takedown-explorer.example/data/takedowns/)",
    );
    expect(c.apa).toBe(
      "Takedown Explorer contributors. (2026). Takedown figures (Version 1.0.0) [Data set]. Takedown Explorer. https://takedown-explorer.example/data/takedowns/1.0.0/takedowns.csv",
    );
    expect(c.bibtex).toBe(`@misc{takedown-explorer-takedowns-1.0.0,
  author       = {{Takedown Explorer contributors}},
  title        = {Takedown figures},
  year         = {2026},
  date         = {2026-11-21},
  version      = {1.0.0},
  publisher    = {Takedown Explorer},
  howpublished = {Data set, version 1.0.0, released 2026-11-21},
  url          = {https://takedown-explorer.example/data/takedowns/1.0.0/takedowns.csv},
  note         = {Licensed under CC BY 4.0}
}`);
  });

  test("the whole collection, with no pinned file, is retrieved from its page", () => {
    const c = citationsOf({
      ...subject,
      title: "Takedown Explorer datasets",
      fileUrl: null,
      pageUrl: "https://takedown-explorer.example/data/",
    });
    expect(c.short).toBe("Takedown Explorer (2026), Takedown Explorer datasets, version 1.0.0");
    expect(c.full).toMatch(/Retrieved from https:\/\/takedown-explorer\.example\/data\/$/);
  });

  test("nothing depends on the day of the build", () => {
    const today = citationsOf(subject);
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date("2031-05-05T23:59:00Z"));
      expect(citationsOf(subject)).toEqual(today);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("bibtexEscape(text) and bibtexKey(parts)", () => {
  test.each([
    ["Law, policy & operations", "Law, policy \\& operations"],
    ["100% {sure} #1 $5 a_b", "100\\% \\{sure\\} \\#1 \\$5 a\\_b"],
    ["x^2 ~ y \\ z", "x\\textasciicircum{}2 \\textasciitilde{} y \\textbackslash{} z"],
  ])("%j -> %j", (text, escaped) => {
    expect(bibtexEscape(text)).toBe(escaped);
  });

  test("keys keep letters, digits, dots and hyphens", () => {
    expect(bibtexKey("takedown-explorer", "irregular_arrivals", "1.2.0")).toBe("takedown-explorer-irregular-arrivals-1.2.0");
  });
});

describe("citationCff(subject)", () => {
  test("Citation File Format 1.2.0, every string quoted so no title can break the YAML", () => {
    expect(citationCff({ ...subject, title: 'Odd: "quoted" # title', abstract: "One\nper figure.", keywords: ["people smuggling"] }))
      .toBe(`cff-version: 1.2.0
message: "If you use this dataset, please cite it as below."
type: dataset
title: "Odd: \\"quoted\\" # title"
version: "1.0.0"
date-released: 2026-11-21
authors:
  - name: "Takedown Explorer contributors"
license: CC-BY-4.0
url: "https://takedown-explorer.example/data/takedowns/"
repository-artifact: "https://takedown-explorer.example/data/takedowns/1.0.0/takedowns.csv"
abstract: "One\\nper figure."
keywords:
  - "people smuggling"
`);
  });
});
