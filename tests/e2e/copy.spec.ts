/**
 * Copy checks over the whole build, without a browser: a word must not run into
 * a link ("Theexplainers"), which happens when a line of markup ends in a word
 * and the next begins with <a> and the build collapses the line break away.
 */
import { expect, test } from "@playwright/test";
import { builtPagePaths, htmlOf } from "./site-files.ts";

const pages = [...builtPagePaths(), "/404.html"];

/** Visible markup only: scripts, styles, and preformatted or code text (where `x<a` may be literal) removed. */
function proseOf(html: string): string {
  return html.replace(/<(script|style|pre|code|svg)\b[\s\S]*?<\/\1>/g, "");
}

/** "word<a ...>" or "</a>word": a letter or digit touching a link's edge with no space between. */
function wordsRunIntoLinks(html: string): string[] {
  const prose = proseOf(html);
  const found: string[] = [];
  for (const m of prose.matchAll(/[\p{L}\p{N}]<a\s[^>]*>[^<]{0,30}/gu)) found.push(m[0]);
  for (const m of prose.matchAll(/[^>]{0,30}<\/a>[\p{L}\p{N}]+/gu)) found.push(m[0]);
  return found;
}

test("the check finds a word run into a link, and accepts spaced and punctuated links", () => {
  expect(wordsRunIntoLinks('<p>The<a href="/x/">explainers</a> say</p>')).toHaveLength(1);
  expect(wordsRunIntoLinks('<p>the <a href="/x/">Charts</a>page</p>')).toHaveLength(1);
  expect(wordsRunIntoLinks('<p>The <a href="/x/">explainers</a>, and (<a href="/y/">its source</a>).</p>')).toEqual([]);
  expect(wordsRunIntoLinks('<pre>a<a href="/x/">b</a></pre>')).toEqual([]);
});

test("no page runs a word into a link", () => {
  const problems = pages.flatMap((page) => wordsRunIntoLinks(htmlOf(page)).map((hit) => `${page}: ${hit}`));
  expect(problems).toEqual([]);
});

test("no page says embeddable charts are still to come", () => {
  const stale = pages.filter((page) => /not yet published/i.test(htmlOf(page)));
  expect(stale).toEqual([]);
});
