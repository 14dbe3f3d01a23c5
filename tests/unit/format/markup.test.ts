import { describe, expect, test } from "vitest";
import { escapeMarkup } from "../../../src/lib/format/markup.ts";

describe("escapeMarkup(text)", () => {
  test.each([
    ["plain", "plain"],
    ["a & b", "a &amp; b"],
    ["<script>", "&lt;script&gt;"],
    ['say "hi"', "say &quot;hi&quot;"],
    ["Bill's", "Bill&#39;s"],
    ["&amp;", "&amp;amp;"],
    ["", ""],
  ])("%j -> %j", (text, shown) => {
    expect(escapeMarkup(text)).toBe(shown);
  });
});
