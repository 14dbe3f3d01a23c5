import { describe, expect, test } from "vitest";
import { datasetReadme, packageReadme, tableCell } from "../../../src/lib/catalogue/readme.ts";
import { SPREADSHEET_POLICY } from "../../../src/lib/catalogue/spreadsheet.ts";

describe("tableCell(text)", () => {
  test.each([
    ["a | b", "a \\| b"],
    ["line one\nline two\r\nthree", "line one line two three"],
    ["back\\slash", "back\\\\slash"],
    ["`code`", "`code`"],
  ])("%j -> %j", (text, cell) => {
    expect(tableCell(text)).toBe(cell);
  });
});

describe("packageReadme(p)", () => {
  test("names the version, lists every dataset and carries the spreadsheet policy and citation", () => {
    const text = packageReadme({
      version: "1.2.0",
      date: "2027-01-05",
      description: "About.",
      homeUrl: "https://takedown-explorer.example/data/",
      citations: { short: "S", full: "F", apa: "A", bibtex: "@misc{k}" },
      datasets: [{ name: "takedowns", title: "Takedown figures", version: "1.1.0", rowCount: 19 }],
    });
    expect(text).toContain("# Takedown Explorer datasets, version 1.2.0");
    expect(text).toContain("Version 1.2.0, 5 January 2027");
    expect(text).toContain("takedowns/ | Takedown figures | 1.1.0 | 19");
    for (const paragraph of SPREADSHEET_POLICY) expect(text).toContain(paragraph);
    expect(text).toContain("```bibtex\n@misc{k}\n```");
    expect(text.endsWith("\n")).toBe(true);
  });
});

describe("datasetReadme(d) with hostile cells", () => {
  const hostile = {
    publisher: "<!-- hides the rest",
    title: "[click](https://evil.example) ![x](https://evil.example/p.png) <script>alert(1)</script> *em* `code`",
    url: "https://example.org/a_b?x=1&y=2",
    summary: "# Not a heading &amp; <img src=x onerror=alert(1)> [link](javascript:alert(1))",
  };
  const text = datasetReadme({
    name: "hostile",
    title: "Hostile",
    description: "About.",
    caveats: ["Read me."],
    rowCount: 1,
    period: null,
    fields: [],
    history: [{ id: "hostile@1.0.0", dataset: "hostile", version: "1.0.0", date: "2026-01-02", kind: "initial", summary: hostile.summary, sha256: "a".repeat(64) }],
    files: [],
    sources: [{ publisher: hostile.publisher, title: hostile.title, url: hostile.url, published: null }],
    sourcesUrl: "https://takedown-explorer.example/data/sources/",
    pageUrl: "https://takedown-explorer.example/data/hostile/",
    pinnedUrl: "https://takedown-explorer.example/data/hostile/1.0.0/hostile.csv",
    citations: { short: "S", full: "F", apa: "A", bibtex: "@misc{k}" },
  });

  test("writes cell text escaped: no link, image, HTML, comment, code or heading comes from a cell", () => {
    expect(text).toContain(
      "- \\<!-- hides the rest, “\\[click\\](https://evil.example) !\\[x\\](https://evil.example/p.png) \\<script\\>alert(1)\\</script\\> \\*em\\* \\`code\\`” (undated). <https://example.org/a_b?x=1&y=2>",
    );
    expect(text).toContain("1.0.0 (2 January 2026, first release): \\# Not a heading \\&amp; \\<img src=x onerror=alert(1)\\> \\[link\\](javascript:alert(1)) CSV sha256");
    // Outside the fenced BibTeX, every < and [ in the file is escaped or is the one autolink.
    const outsideCode = text.replace(/```[\s\S]*?```/g, "");
    expect(outsideCode.match(/(^|[^\\])<(?!https:\/\/example\.org\/)/gm)).toBeNull();
    expect(outsideCode.match(/(^|[^\\])\[/gm)).toBeNull();
    // The sections after the sources are all still there: nothing was swallowed.
    for (const heading of ["## How to cite", "## Changelog", "## Licence"]) expect(text).toContain(heading);
  });
});
