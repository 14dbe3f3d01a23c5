import { describe, expect, test } from "vitest";
import { packageReadme, tableCell } from "../../../src/lib/catalogue/readme.ts";
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
