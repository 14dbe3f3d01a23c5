/**
 * Text through the search index and back. Pagefind's side is modelled as it was
 * observed with Pagefind 1.x on this site: it decodes the page's character
 * references, then writes excerpts with `<` and `>` escaped and nothing else,
 * and titles unescaped. The browser test (search-results.spec.ts) checks the
 * same round trip through the real index on the hostile build.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { excerptInContext, excerptText, indexableHtml, indexText, titleText } from "../../../src/lib/site/search-text.ts";
import { PAYLOADS } from "../../hostile/payloads.ts";

/** What Pagefind makes of text it indexed: the excerpt with one match marked, and the title. */
function throughPagefind(indexed: string, match: [number, number]): { excerpt: string; title: string } {
  const esc = (s: string) => s.replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const [a, b] = match;
  return { excerpt: `${esc(indexed.slice(0, a))}<mark>${esc(indexed.slice(a, b))}</mark>${esc(indexed.slice(b))}`, title: indexed };
}

/** How a browser decodes HTML text (what the page's reader sees), for the hand-written page fragments below. */
const decodeHtml = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39|#60);/g, (_m, n: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#60": "<" })[n] ?? "");

describe("indexText and excerptText", () => {
  test.each([...PAYLOADS, "Business & Human Rights", "AT&T", "&amp;lt;", "a<b>c", "&", "&#", "&lt"])("%j survives the index exactly", (text) => {
    const indexed = indexText(text);
    // Pagefind marks whole words: here the first one.
    const firstWord = indexed.search(/\s|$/);
    const { excerpt, title } = throughPagefind(indexed, [0, firstWord]);
    expect(excerptText(excerpt).map((p) => p.text).join("")).toBe(text);
    expect(titleText(title)).toBe(text);
  });

  test("the two texts that were confused stay apart: `<script>` and `&lt;script&gt;`", () => {
    const show = (text: string) => excerptText(throughPagefind(indexText(text), [0, 0]).excerpt).map((p) => p.text).join("");
    expect(show("<script>")).toBe("<script>");
    expect(show("&lt;script&gt;")).toBe("&lt;script&gt;");
  });

  test("marks become match parts; nothing else in an excerpt is markup", () => {
    expect(excerptText("almost <mark>12,000</mark> posts &lt;b&gt; &amp;amp;")).toEqual([
      { text: "almost ", match: false },
      { text: "12,000", match: true },
      { text: " posts <b> &amp;", match: false },
    ]);
    expect(excerptText("<mark>a</mark><mark>b</mark>")).toEqual([
      { text: "a", match: true },
      { text: "b", match: true },
    ]);
  });

  test("property: any text and any matched span come back exactly", () => {
    const piece = fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom("&", "&amp;", "&lt;", "&gt;", "<", ">", "&#60;", "<mark>", "</mark>", "&x"));
    const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const indexed = indexText(t);
        // Pagefind marks whole words; a span that does not cut a reference (&amp;) open is enough here.
        const cut = (n: number) => {
          let i = n % (indexed.length + 1);
          while (i > 0 && /&[a-z#0-9]*$/i.test(indexed.slice(Math.max(0, i - 5), i))) i -= 1;
          return i;
        };
        const [a, b] = [cut(x), cut(y)].sort((p, q) => p - q) as [number, number];
        const parts = excerptText(throughPagefind(indexed, [a, b]).excerpt);
        // A literal "<mark>" in the text is escaped by Pagefind, so the only match is the one it marked.
        expect(parts.map((p) => p.text).join("")).toBe(t);
      }),
    );
  });
});

describe("indexableHtml(html)", () => {
  test("a page's `&` before a letter reaches the index as `&amp;`, so excerpts decode to the page's text", () => {
    const page = "<p>&amp;lt;script&amp;gt; and &lt;script&gt; and Business &amp; Human</p>";
    const shownOnPage = decodeHtml(page.replace(/<\/?p>/g, "")); // what a reader sees
    const prepared = indexableHtml(page).replace(/<\/?p>/g, "");
    const pagefindText = decodeHtml(prepared); // Pagefind decodes the page's references once
    expect(pagefindText).toBe(indexText(shownOnPage));
    const { excerpt, title } = throughPagefind(pagefindText, [0, 0]);
    expect(excerptText(excerpt).map((p) => p.text).join("")).toBe("&lt;script&gt; and <script> and Business & Human");
    expect(titleText(title)).toBe(shownOnPage);
  });

  test("puts a space where one element ends and the next begins, and nowhere else", () => {
    expect(indexableHtml("<tr><th>Version</th><th>Released</th></tr>")).toBe("<tr><th>Version</th> <th>Released</th></tr>");
    expect(indexableHtml("<li>TikTok</li><li>and</li>")).toBe("<li>TikTok</li> <li>and</li>");
    expect(indexableHtml("accounts<sup><a href='#r3'>[3]</a></sup>.")).toBe("accounts<sup><a href='#r3'>[3]</a></sup>.");
    expect(indexableHtml("<em>word</em>s")).toBe("<em>word</em>s");
  });
});

describe("excerptInContext", () => {
  const text = (excerpt: string, content: string) => excerptInContext(excerpt, content).map((p) => p.text).join("");
  const content = "Business & Human Rights Resource Centre, 17 May 2024. TikTok's written response, published by the centre.";
  test.each([
    ["the whole text: no ellipsis", content.replace("TikTok's", "<mark>TikTok's</mark>"), content],
    ["cut at the end", "Business & Human Rights Resource Centre, 17 May 2024. <mark>TikTok's</mark> written", "Business & Human Rights Resource Centre, 17 May 2024. TikTok's written …"],
    ["cut at the start", "May 2024. <mark>TikTok's</mark> written response, published by the centre.", "… May 2024. TikTok's written response, published by the centre."],
    ["cut at both ends", "2024. <mark>TikTok's</mark> written", "… 2024. TikTok's written …"],
    ["not found in the content: left as it is", "<mark>Meta</mark> said", "Meta said"],
  ])("%s", (_name, excerpt, expected) => {
    expect(text(excerpt, content)).toBe(expected);
  });

  test("matches stay marked and the ellipses are plain text", () => {
    expect(excerptInContext("a <mark>b</mark>", "z a b c")).toEqual([
      { text: "… ", match: false },
      { text: "a ", match: false },
      { text: "b", match: true },
      { text: " …", match: false },
    ]);
  });

  test("line breaks and runs of spaces in the content do not count as cuts", () => {
    expect(text("one two <mark>three</mark>", "one\n  two three")).toBe("one two three");
  });

  test("a character reference written as text is compared as the reader sees it", () => {
    expect(text("&amp;lt;b&gt; <mark>x</mark>", indexText("&lt;b> x"))).toBe("&lt;b> x");
  });
});
