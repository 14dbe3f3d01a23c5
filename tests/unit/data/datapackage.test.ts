import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { dataPackage, dataPackageText, frictionlessField } from "../../../src/lib/data/datapackage.ts";
import { SCHEMAS } from "../../../src/lib/data/schemas.ts";

describe("dataPackage()", () => {
  test("data/datapackage.json is exactly what the schemas generate (run `npm run data:package`)", () => {
    expect(readFileSync(new URL("../../../data/datapackage.json", import.meta.url), "utf8")).toBe(dataPackageText());
  });

  test("has one resource per schema, each field described, keys declared", () => {
    const resources = dataPackage()["resources"] as { name: string; schema: { fields: { description: string }[]; primaryKey: string[] } }[];
    expect(resources.map((r) => r.name)).toEqual(SCHEMAS.map((s) => s.name));
    for (const r of resources) {
      expect(r.schema.primaryKey).toEqual(["id"]);
      for (const f of r.schema.fields) expect(f.description.length).toBeGreaterThan(10);
    }
  });
});

describe("frictionlessField(field)", () => {
  test.each([
    [{ name: "v", type: "number", required: true, description: "d" }, { name: "v", description: "d", type: "number", bareNumber: true, constraints: { required: true } }],
    [{ name: "n", type: "text", required: false, description: "d" }, { name: "n", description: "d", type: "string" }],
    [
      { name: "p", type: "list", required: false, description: "d", values: ["X", "a.b"] },
      { name: "p", description: "d", type: "string", constraints: { pattern: "^(?:X|a\\.b)(?:;(?:X|a\\.b))*$" } },
    ],
    [
      { name: "q", type: "enum", required: true, description: "d", values: ["exact", "almost"] },
      { name: "q", description: "d", type: "string", constraints: { required: true, enum: ["exact", "almost"] } },
    ],
  ] as const)("%o", (field, expected) => {
    expect(frictionlessField(field)).toEqual(expected);
  });
});
