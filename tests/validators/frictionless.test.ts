/**
 * The Frictionless outputs of both builds pass the standards' own checks:
 * - datapackage.json against the official Data Package and Tabular Data Package v1 JSON Schemas, and every
 *   /data/<dataset>/<dataset>.schema.json against the official Table Schema v1 JSON Schema (vendored in
 *   ./schemas/, run with ajv);
 * - every dataset CSV against its Table Schema by tableschema-js (npm `tableschema`, Open Knowledge's reference
 *   JavaScript implementation of Table Schema v1): types, constraints, unique keys and foreign keys.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { BUILDS, FIXTURES, buildDir, filesUnder, shown } from "./built-sites.ts";
import { jsonSchemaProblems, tableProblems, type PackageDescriptor } from "./frictionless.ts";

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

for (const build of BUILDS) {
  describe(`${build}/data/`, () => {
    const packagePath = join(buildDir(build), "data/datapackage.json");
    const descriptor = readJson(packagePath) as PackageDescriptor;

    test("datapackage.json is a valid Data Package and Tabular Data Package", () => {
      expect(jsonSchemaProblems("data-package", descriptor, shown(packagePath))).toEqual([]);
      expect(jsonSchemaProblems("tabular-data-package", descriptor, shown(packagePath))).toEqual([]);
    });

    test("every <dataset>.schema.json is a valid Table Schema", () => {
      const schemas = filesUnder(join(buildDir(build), "data"), (name) => name.endsWith(".schema.json"));
      expect(schemas.length).toBe(descriptor.resources.length);
      expect(schemas.flatMap((path) => jsonSchemaProblems("table-schema", readJson(path), shown(path)))).toEqual([]);
    });

    test("every dataset CSV passes tableschema-js against its schema, foreign keys included", async () => {
      expect(await tableProblems(descriptor, dirname(packagePath), shown)).toEqual([]);
    });
  });
}

describe("the validators reject broken inputs (tests/fixtures/validators/)", () => {
  test("a Table Schema with an empty foreignKeys list", () => {
    const path = join(FIXTURES, "empty-foreign-keys.schema.json");
    expect(jsonSchemaProblems("table-schema", readJson(path), shown(path))).toContain(
      "tests/fixtures/validators/empty-foreign-keys.schema.json: /foreignKeys: must NOT have fewer than 1 items",
    );
  });

  test("a data package whose resource has no path or data", () => {
    const path = join(FIXTURES, "broken-datapackage.json");
    expect(jsonSchemaProblems("data-package", readJson(path), shown(path))).toContain(
      "tests/fixtures/validators/broken-datapackage.json: /resources/0: must match exactly one schema in oneOf",
    );
  });

  test("a CSV with a repeated key, a number with a thousands separator, a value outside its list and an unknown source", async () => {
    const descriptor = readJson(join(FIXTURES, "broken-table/datapackage.json")) as PackageDescriptor;
    const problems = await tableProblems(descriptor, join(FIXTURES, "broken-table"), shown);
    expect(problems).toEqual([
      'tests/fixtures/validators/broken-table/figures.csv: row 3: Row 3 has an unique constraint violation in column "id"',
      expect.stringMatching(/^tests\/fixtures\/validators\/broken-table\/figures\.csv: row 4: .*value/),
      expect.stringMatching(/^tests\/fixtures\/validators\/broken-table\/figures\.csv: row 5: .*unit/),
      'tests/fixtures/validators/broken-table/figures.csv: row 6: Foreign key "source_id" violation in row 6',
      // tableschema-js tests a pattern unanchored (RegExp.exec); Table Schema patterns are XML Schema regular
      // expressions, which match the whole value, so tableProblems adds an anchored check of its own.
      "tests/fixtures/validators/broken-table/figures.csv: row 7: id: “Not An Id” does not match the whole pattern [a-z0-9]+(-[a-z0-9]+)*",
    ]);
  });
});
