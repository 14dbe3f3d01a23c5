/** Every built page is valid HTML by html-validate's recommended rules (see .htmlvalidate.json for the few style rules turned off). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { HtmlValidate, type ConfigData } from "html-validate";
import { builtPagePaths, htmlOf } from "./site-files.ts";

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
