import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// Lints one made-up source file at a path inside src/lib with the project's own config,
// so the test fails if the layer rules in eslint.layers.js stop catching a back arrow.
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from "${specifier}";\nexport const y = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("src/lib layer order", () => {
  // The first lint loads the whole config and its plugins, which takes seconds on a busy machine.
  beforeAll(() => importErrors("src/lib/format/numbers.ts", "../data/load.ts"), 60_000);

  it.each([
    // [file, import, allowed]
    ["src/lib/charts/downloads.ts", "../identity/site.ts", true],
    ["src/lib/catalogue/files.ts", "../data/load.ts", true],
    ["src/lib/site/chart-page.ts", "../catalogue/catalogue.ts", true],
    ["src/lib/embed/pinned.ts", "../site/chart-page.ts", true],
    ["src/lib/charts/core/axes.ts", "../../format/numbers.ts", true],
    ["src/lib/charts/downloads.ts", "../site/feed.ts", false],
    ["src/lib/charts/core/axes.ts", "../../catalogue/catalogue.ts", false],
    ["src/lib/catalogue/dataset-citations.ts", "../site/feed.ts", false],
    ["src/lib/site/chart-page.ts", "../embed/snippet.ts", false],
    ["src/lib/data/load.ts", "../format/numbers.ts", false],
    ["src/lib/identity/links.ts", "../data/load.ts", false],
    ["src/lib/charts/registry.ts", "../explainers/lookup.ts", false],
    ["src/lib/embed/pinned.ts", "../about/corrections.ts", false],
    ["src/lib/format/numbers.ts", "../../components/Chart.astro", false],
    ["src/lib/format/numbers.ts", "astro:content", false],
    ["src/lib/format/numbers.ts", "astro", false],
  ])("%s importing %s is allowed: %s", async (file, specifier, allowed) => {
    const errors = await importErrors(file, specifier);
    expect(errors.length === 0).toBe(allowed);
  });

  it("leaves files outside src/lib alone", async () => {
    expect(await importErrors("src/pages/index.astro.ts", "astro:content")).toEqual([]);
  });
});
