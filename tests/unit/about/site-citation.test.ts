import { describe, expect, it } from "vitest";
import { siteCitation } from "../../../src/lib/about/site-citation.ts";
import { correctionsOf } from "../../../src/lib/about/corrections.ts";
import type { ChangelogEntry } from "../../../src/lib/catalogue/changelog.ts";

describe("siteCitation(edition)", () => {
  const cite = siteCitation({ version: "1.2.0", date: "2026-11-21", url: "https://takedown-explorer.example/" });

  it("gives a short citation with the year and data version", () => {
    expect(cite.short).toBe("Takedown Explorer (2026), data version 1.2.0");
  });

  it("gives a full citation dated by the data version, with the licence and address", () => {
    expect(cite.full).toBe(
      "Takedown Explorer contributors (2026). Takedown Explorer: people-smuggling adverts on social media and their removal [Website], data version 1.2.0 of 21 November 2026. Data licensed under CC BY 4.0. https://takedown-explorer.example/",
    );
  });

  it("gives BibTeX with a stable key and aligned fields", () => {
    expect(cite.bibtex).toBe(
      [
        "@misc{takedown-explorer-1.2.0,",
        "  author       = {{Takedown Explorer contributors}},",
        "  title        = {Takedown Explorer: people-smuggling adverts on social media and their removal},",
        "  year         = {2026},",
        "  date         = {2026-11-21},",
        "  version      = {1.2.0},",
        "  publisher    = {Takedown Explorer},",
        "  howpublished = {Website},",
        "  url          = {https://takedown-explorer.example/},",
        "  note         = {Data version 1.2.0; data licensed under CC BY 4.0}",
        "}",
      ].join("\n"),
    );
  });
});

describe("correctionsOf(entries)", () => {
  const entry = (over: Partial<ChangelogEntry> & Pick<ChangelogEntry, "id">): ChangelogEntry => ({
    dataset: "takedowns",
    version: "1.0.0",
    date: "2026-01-01",
    kind: "initial",
    summary: "First published version.",
    sha256: "0".repeat(64),
    ...over,
  });

  it("is empty when nothing was corrected", () => {
    expect(correctionsOf([entry({ id: "a" }), entry({ id: "b", kind: "revision", version: "1.1.0" })])).toEqual([]);
  });

  it("keeps only corrections, newest first", () => {
    const entries = [
      entry({ id: "t1" }),
      entry({ id: "t2", kind: "correction", version: "1.0.1", date: "2026-02-01" }),
      entry({ id: "t3", kind: "revision", version: "1.1.0", date: "2026-03-01" }),
      entry({ id: "p1", kind: "correction", dataset: "prices", version: "1.0.1", date: "2026-03-01" }),
      entry({ id: "p2", kind: "correction", dataset: "prices", version: "1.0.2", date: "2026-03-01" }),
    ];
    expect(correctionsOf(entries).map((e) => e.id)).toEqual(["p2", "p1", "t2"]);
  });
});
