import { describe, expect, it } from "vitest";
import { ACCESS_DATE_SLOT, chartCitation, citationText } from "../../../src/lib/site/chart-citation.ts";
import { shareLinks } from "../../../src/lib/site/share.ts";

const subject = { id: "takedowns-over-time", title: "Takedowns reported over time", url: "https://example.org/charts/takedowns-over-time/", version: "1.2.0", date: "2026-11-21" };

describe("chartCitation(subject) and citationText(parts, today)", () => {
  const c = chartCitation(subject);

  it("writes the short form with the data version and address", () => {
    expect(citationText(c.short, null)).toBe("Takedown Explorer (2026), “Takedowns reported over time”, chart, data version 1.2.0, https://example.org/charts/takedowns-over-time/");
  });

  it("writes APA 7 with the version, its release day and the access date", () => {
    expect(citationText(c.apa, "2026-12-04")).toBe(
      "Takedown Explorer contributors. (2026). Takedowns reported over time [Chart; data version 1.2.0 of 21 November 2026]. Takedown Explorer. Retrieved 4 December 2026, from https://example.org/charts/takedowns-over-time/",
    );
    expect(citationText(c.apa, null)).toContain(`Retrieved ${ACCESS_DATE_SLOT.long}, from`);
  });

  it("writes BibTeX with version, release date and urldate", () => {
    expect(citationText(c.bibtex, "2026-12-04")).toBe(
      [
        "@misc{takedown-explorer-takedowns-over-time-1.2.0,",
        "  author       = {{Takedown Explorer contributors}},",
        "  title        = {Takedowns reported over time},",
        "  year         = {2026},",
        "  date         = {2026-11-21},",
        "  version      = {1.2.0},",
        "  publisher    = {Takedown Explorer},",
        "  howpublished = {Chart, data version 1.2.0, released 2026-11-21},",
        "  url          = {https://example.org/charts/takedowns-over-time/},",
        "  urldate      = {2026-12-04},",
        "  note         = {Data licensed under CC BY 4.0}",
        "}",
      ].join("\n"),
    );
  });

  it("escapes BibTeX specials in the title", () => {
    expect(citationText(chartCitation({ ...subject, title: "Prices in £ & 50% more" }).bibtex, null)).toContain("title        = {Prices in £ \\& 50\\% more}");
  });
});

describe("shareLinks(title, url)", () => {
  it("encodes the title and address into each service's plain share address", () => {
    const links = shareLinks("A & B", "https://example.org/charts/x/?view=table");
    expect(links.map((l) => l.label)).toEqual(["Email", "Bluesky", "X", "LinkedIn", "Facebook"]);
    expect(links.find((l) => l.label === "X")?.href).toBe("https://x.com/intent/post?text=A%20%26%20B&url=https%3A%2F%2Fexample.org%2Fcharts%2Fx%2F%3Fview%3Dtable");
    expect(links.find((l) => l.label === "Email")?.href).toBe("mailto:?subject=A%20%26%20B&body=A%20%26%20B%0Ahttps%3A%2F%2Fexample.org%2Fcharts%2Fx%2F%3Fview%3Dtable");
    for (const l of links) expect(l.href).not.toMatch(/[\s<>"]/);
  });
});
