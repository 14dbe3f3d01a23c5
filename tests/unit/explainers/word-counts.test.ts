import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXPLAINERS_DIR } from "../../../src/lib/explainers/check.ts";
import { wordCount } from "../../../src/lib/explainers/reading.ts";

// Long enough to explain, short enough to read on a phone in one sitting.
const MIN_WORDS = 600;
const MAX_WORDS = 1500;

describe("explainer length", () => {
  const files = readdirSync(EXPLAINERS_DIR).filter((f) => f.endsWith(".mdx")).sort();

  test.each(files)(`%s has ${MIN_WORDS} to ${MAX_WORDS} words of prose`, (file) => {
    const words = wordCount(readFileSync(join(EXPLAINERS_DIR, file), "utf8"));
    expect(words).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(words).toBeLessThanOrEqual(MAX_WORDS);
  });
});
