/**
 * The Frictionless Data Package descriptor (Table Schemas included) for the
 * datasets, generated from our schemas so the two can never disagree.
 * `npm run data:package` writes it to data/datapackage.json; a unit test fails
 * when the committed file differs from what the schemas give.
 */
import { PARTIAL_DATE } from "./partial-date.ts";
import type { FieldBase, TableSchema } from "./schema-types.ts";
import { SCHEMAS } from "./schemas.ts";

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const ID_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
export const PARTIAL_DATE_PATTERN = PARTIAL_DATE.source;

/** One Table Schema field (https://specs.frictionlessdata.io/table-schema/). */
export function frictionlessField(field: FieldBase): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (field.required) constraints["required"] = true;
  const base = { name: field.name, description: field.description };
  const values = field.values ?? [];
  const alternatives = `(?:${values.map(escapeRegex).join("|")})`;
  const typed: Record<string, unknown> = (() => {
    switch (field.type) {
      case "id":
        return { type: "string", constraints: { ...constraints, pattern: ID_PATTERN } };
      case "string":
      case "text":
        return { type: "string", constraints };
      case "url":
        return { type: "string", format: "uri", constraints };
      case "integer":
        return { type: "integer", bareNumber: true, constraints };
      case "number":
        return { type: "number", bareNumber: true, constraints };
      case "date":
        return { type: "date", constraints };
      case "partial_date":
        return { type: "string", constraints: { ...constraints, pattern: PARTIAL_DATE_PATTERN } };
      case "enum":
        return { type: "string", constraints: { ...constraints, enum: values } };
      case "list":
        return { type: "string", constraints: { ...constraints, pattern: `^${alternatives}(?:;${alternatives})*$` } };
      case "id_list": {
        const id = ID_PATTERN.slice(1, -1);
        return { type: "string", constraints: { ...constraints, pattern: `^${id}(?:;${id})*$` } };
      }
    }
  })();
  const c = typed["constraints"] as Record<string, unknown>;
  if (Object.keys(c).length === 0) delete typed["constraints"];
  return { ...base, ...typed };
}

export function tableSchemaOf(schema: TableSchema): Record<string, unknown> {
  return {
    fields: schema.fields.map(frictionlessField),
    primaryKey: [schema.primaryKey],
    foreignKeys: schema.foreignKeys.map((fk) => ({
      fields: [fk.field],
      // Frictionless names a key into the same table with an empty resource.
      reference: { resource: fk.reference.resource === schema.name ? "" : fk.reference.resource, fields: [fk.reference.field] },
    })),
    missingValues: [""],
  };
}

export function dataPackage(schemas: readonly TableSchema[] = SCHEMAS): Record<string, unknown> {
  return {
    profile: "tabular-data-package",
    name: "takedown-explorer",
    title: "Takedown Explorer datasets",
    description:
      "Curated, sourced figures on people-smuggling adverts on social media and their removal after National Crime Agency referrals, with prices, small boat arrivals, policy events and enforcement cases.",
    licenses: [{ name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0", path: "https://creativecommons.org/licenses/by/4.0/" }],
    resources: schemas.map((s) => ({
      profile: "tabular-data-resource",
      name: s.name,
      path: `${s.name}.csv`,
      title: s.title,
      description: s.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: tableSchemaOf(s),
    })),
  };
}

/** The exact text of data/datapackage.json. */
export function dataPackageText(): string {
  return `${JSON.stringify(dataPackage(), null, 2)}\n`;
}
