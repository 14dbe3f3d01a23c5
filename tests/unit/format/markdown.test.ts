/** Cell text into Markdown: every Markdown and HTML construct a cell could start is escaped, and nothing else changes. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { markdownText, markdownUrl } from "../../../src/lib/format/markdown.ts";
import { PAYLOADS } from "../../hostile/payloads.ts";

/** What a CommonMark reader shows for backslash escapes: `\` before ASCII punctuation drops out. */
const shown = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, "$1");

describe("markdownText(text)", () => {
  // Each expected value checked by hand against the CommonMark 0.31 spec (backslash escapes, section 2.4).
  test.each([
    ["plain words, 12,000 and £450", "plain words, 12,000 and £450"],
    ["Business & Human Rights", "Business & Human Rights"],
    ["[click](https://evil.example)", "\\[click\\](https://evil.example)"],
    ["![img](https://evil.example/x.png)", "!\\[img\\](https://evil.example/x.png)"],
    ["<!-- hides the rest", "\\<!-- hides the rest"],
    ['<script>alert("x")</script>', '\\<script\\>alert("x")\\</script\\>'],
    ["<https://autolink.example>", "\\<https://autolink.example\\>"],
    ["*bold* _em_ `code` ~~gone~~", "\\*bold\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~"],
    ["a | b \\ c", "a \\| b \\\\ c"],
    ["&amp; and &#60; and &#x3C;", "\\&amp; and \\&#60; and \\&#x3C;"],
    ["# heading", "\\# heading"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["=HYPERLINK()", "\\=HYPERLINK()"],
    ["1. first", "1\\. first"],
    ["12) twelfth", "12\\) twelfth"],
    ["line one\nline two\r\nthree", "line one line two three"],
    ["[Title not recorded] Report", "\\[Title not recorded\\] Report"],
  ])("%j -> %j", (text, markdown) => {
    expect(markdownText(text)).toBe(markdown);
  });

  test("every hostile payload reads back as itself and starts no construct", () => {
    for (const payload of PAYLOADS) {
      const md = markdownText(payload);
      expect(shown(md)).toBe(payload);
      // No unescaped character that opens HTML, a link or image, code or emphasis.
      expect(md).not.toMatch(/(^|[^\\])[<[`*_]/);
    }
  });

  test("property: a reader sees the cell's text (line breaks as spaces), and no unescaped syntax remains", () => {
    const awkward = fc.constantFrom("<", ">", "[", "]", "(", ")", "!", "`", "*", "_", "\\", "&amp;", "&", "#", "-", "1.", "|", "~", "<!--", "\n");
    const text = fc.array(fc.oneof(fc.string({ maxLength: 4 }), awkward), { maxLength: 8 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const md = markdownText(t);
        expect(shown(md)).toBe(t.replace(/\r\n|\r|\n/g, " "));
        expect(md).not.toMatch(/[\r\n]/);
        expect(md).not.toMatch(/(^|[^\\])(\\\\)*[<>[\]`*_|~]/);
        expect(md).not.toMatch(/(^|[^\\])&#?[0-9A-Za-z]+;/);
      }),
    );
  });
});

describe("markdownUrl(url)", () => {
  test("an http(s) address becomes an autolink; anything that cannot be one is escaped text", () => {
    expect(markdownUrl("https://example.org/a_b?x=1&y=(2)")).toBe("<https://example.org/a_b?x=1&y=(2)>");
    expect(markdownUrl("javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(markdownUrl("https://example.org/<x>")).toBe("https://example.org/\\<x\\>");
  });
});
