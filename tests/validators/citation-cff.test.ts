/** Every CITATION.cff in both builds is valid under the Citation File Format 1.2.0 JSON Schema (vendored in ./schemas/). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { BUILDS, FIXTURES, buildDir, filesUnder, shown } from "./built-sites.ts";

const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, "schemas/cff-1.2.0.schema.json"), "utf8")) as object);

/** `file: /json/pointer: message` for every way a CITATION.cff breaks the schema. */
function cffProblems(path: string): string[] {
  // YAML 1.2's core schema (the `yaml` default) reads 2026-12-04 as a string, as the CFF schema expects of dates.
  const document: unknown = parse(readFileSync(path, "utf8"));
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e) => `${shown(path)}: ${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
}

describe("Citation File Format 1.2.0", () => {
  for (const build of BUILDS) {
    test(`every CITATION.cff in ${build}/ is valid`, () => {
      const files = filesUnder(buildDir(build), (name) => name === "CITATION.cff");
      // One for the collection (/data/CITATION.cff) and one per dataset.
      expect(files.length).toBeGreaterThan(1);
      expect(files.flatMap(cffProblems)).toEqual([]);
    });
  }

  test("rejects a citation with no authors and an impossible release date (tests/fixtures/validators/broken-CITATION.cff)", () => {
    expect(cffProblems(join(FIXTURES, "broken-CITATION.cff"))).toEqual(
      expect.arrayContaining([
        "tests/fixtures/validators/broken-CITATION.cff: /: must have required property 'authors'",
        'tests/fixtures/validators/broken-CITATION.cff: /date-released: must match pattern "^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$"',
      ]),
    );
  });
});
