/** Every built page is valid HTML by html-validate's recommended rules (see .htmlvalidate.json for the few style rules turned off). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { HtmlValidate, type ConfigData } from "html-validate";
import { builtPagePaths, htmlOf, markupOf } from "./site-files.ts";

test("html-validate finds no errors on any built page", async () => {
  const config = JSON.parse(readFileSync(join(import.meta.dirname, "../../.htmlvalidate.json"), "utf8")) as ConfigData;
  const validator = new HtmlValidate(config);
  const errors: string[] = [];
  for (const page of [...builtPagePaths(), "/404.html"]) {
    const report = await validator.validateString(htmlOf(page), page);
    for (const result of report.results) {
      for (const m of result.messages) if (m.severity === 2) errors.push(`${page}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
    }
  }
  expect(errors).toEqual([]);
});

// A CSP <meta> applies only to what comes after it: on every page only the charset declaration may precede it.
test("every built page's head opens with the charset, then the Content-Security-Policy", () => {
  const late = [...builtPagePaths(), "/404.html"].filter(
    (page) => !/<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self';/.test(htmlOf(page)),
  );
  expect(late).toEqual([]);
});

// The CSP allows no inline style attributes ('unsafe-inline' is not in style-src): one would be dropped by the
// browser. (Shiki, Astro's code highlighter, writes them; astro.config.mjs turns highlighting off.) Inline scripts are
// left out: the embed options script holds the snippet a reader pastes elsewhere, style attribute and all.
test("no built page carries a style attribute the CSP would block", () => {
  const styled = [...builtPagePaths(), "/404.html"].filter((page) => /<[a-z][^>]*\sstyle="/i.test(markupOf(htmlOf(page))));
  expect(styled).toEqual([]);
});
