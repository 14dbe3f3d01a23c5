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
    [
      { name: "v", type: "number", required: true, description: "d" },
      { name: "v", description: "d", type: "number", bareNumber: true, constraints: { required: true, minimum: 0 } },
    ],
    [
      { name: "s", type: "number", required: true, description: "d", maximum: 100 },
      { name: "s", description: "d", type: "number", bareNumber: true, constraints: { required: true, minimum: 0, maximum: 100 } },
    ],
    [{ name: "n", type: "text", required: false, description: "d" }, { name: "n", description: "d", type: "string", constraints: { maxLength: 10000 } }],
    [
      { name: "p", type: "list", required: false, description: "d", values: ["X", "a.b", "$1"] },
      { name: "p", description: "d", type: "string", constraints: { maxLength: 1000, pattern: "(X|a\\.b|[$]1)(;(X|a\\.b|[$]1))*" } },
    ],
    [
      { name: "q", type: "enum", required: true, description: "d", values: ["exact", "almost"] },
      { name: "q", description: "d", type: "string", constraints: { required: true, enum: ["exact", "almost"] } },
    ],
  ] as const)("%o", (field, expected) => {
    expect(frictionlessField(field)).toEqual(expected);
  });
});

describe("Table Schema patterns", () => {
  const patterns = SCHEMAS.flatMap((s) => s.fields.map((f) => (frictionlessField(f)["constraints"] as { pattern?: string } | undefined)?.pattern)).filter(
    (p): p is string => p !== undefined,
  );
  test("are XML Schema regular expressions: no anchors, no non-capturing groups, no \\d", () => {
    expect(patterns.length).toBeGreaterThan(5);
    for (const p of patterns) expect(p).not.toMatch(/\^|\$(?!\])|\(\?|\\d/);
  });
  test("match whole values only, as XML Schema reads them", () => {
    const whole = (p: string, v: string) => new RegExp(`^(?:${p})$`).test(v);
    const [idPattern, datePattern] = [frictionlessField({ name: "i", type: "id", required: true, description: "" }), frictionlessField({ name: "d", type: "partial_date", required: true, description: "" })].map(
      (f) => (f["constraints"] as { pattern: string }).pattern,
    );
    expect(whole(idPattern ?? "", "nca-2024")).toBe(true);
    expect(whole(idPattern ?? "", "nca--2024")).toBe(false);
    expect(whole(datePattern ?? "", "2024-06")).toBe(true);
    expect(whole(datePattern ?? "", "2024-6")).toBe(false);
  });
});

describe("foreign keys in the Table Schemas", () => {
  test("no schema has an empty foreignKeys array, and no key is declared on a `;`-separated list", () => {
    for (const r of dataPackage()["resources"] as { name: string; schema: { foreignKeys?: { fields: string[] }[] } }[]) {
      if (r.schema.foreignKeys !== undefined) expect(r.schema.foreignKeys.length).toBeGreaterThan(0);
      const listFields = SCHEMAS.find((s) => s.name === r.name)?.fields.filter((f) => f.type === "id_list").map((f) => f.name) ?? [];
      for (const fk of r.schema.foreignKeys ?? []) expect(listFields).not.toContain(fk.fields[0]);
    }
  });
});
