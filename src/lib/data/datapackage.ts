/**
 * The Frictionless Data Package descriptor (Table Schemas included) for the
 * datasets, generated from our schemas so the two can never disagree.
 * `npm run data:package` writes it to data/datapackage.json; a unit test fails
 * when the committed file differs from what the schemas give.
 */
import { maxLengthOf, minimumOf, type FieldBase, type TableSchema } from "./schema-types.ts";
import { SCHEMAS } from "./schemas.ts";

// Table Schema patterns are XML Schema regular expressions: implicitly anchored to the whole value, so no `^` or
// `$`; plain groups only (no `(?:`); and `[0-9]` rather than `\d`, which in XML Schema matches any script's digits.
// Escapes valid in both XML Schema and JavaScript; `$` (a literal in XML Schema, an anchor in JavaScript) as `[$]`.
const escapeRegex = (s: string) => s.replace(/[.*+?^{}()|[\]\\]/g, "\\$&").replaceAll("$", "[$]");

export const ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
export const PARTIAL_DATE_PATTERN = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";

/** Length and range limits of a field, as Table Schema constraints. */
function limitsOf(field: FieldBase): Record<string, unknown> {
  if (field.type === "integer" || field.type === "number") {
    const limits: Record<string, unknown> = {};
    const min = minimumOf(field);
    if (min !== undefined) limits["minimum"] = min;
    if (field.maximum !== undefined) limits["maximum"] = field.maximum;
    return limits;
  }
  // Dates and allowed values are limited by their pattern or list already.
  if (field.type === "date" || field.type === "enum") return {};
  const max = maxLengthOf(field);
  return max === undefined ? {} : { maxLength: max };
}

/** One Table Schema field (https://specs.frictionlessdata.io/table-schema/). */
export function frictionlessField(field: FieldBase): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (field.required) constraints["required"] = true;
  Object.assign(constraints, limitsOf(field));
  const base = { name: field.name, description: field.description };
  const values = field.values ?? [];
  const alternatives = `(${values.map(escapeRegex).join("|")})`;
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
        return { type: "string", constraints: { ...constraints, pattern: `${alternatives}(;${alternatives})*` } };
      case "id_list":
        return { type: "string", constraints: { ...constraints, pattern: `${ID_PATTERN}(;${ID_PATTERN})*` } };
    }
  })();
  const c = typed["constraints"] as Record<string, unknown>;
  if (Object.keys(c).length === 0) delete typed["constraints"];
  return { ...base, ...typed };
}

/**
 * Table Schema foreign keys compare whole cells, so a column holding a `;`-separated list of ids cannot be one:
 * such a relation (`conflicts_with`) is left out here, described in the field's description and checked by our
 * own validator (`relations.ts`).
 */
function wholeCellKeys(schema: TableSchema) {
  return schema.foreignKeys.filter((fk) => schema.fields.find((f) => f.name === fk.field)?.type !== "id_list");
}

export function tableSchemaOf(schema: TableSchema): Record<string, unknown> {
  const keys = wholeCellKeys(schema).map((fk) => ({
    fields: [fk.field],
    // Frictionless names a key into the same table with an empty resource.
    reference: { resource: fk.reference.resource === schema.name ? "" : fk.reference.resource, fields: [fk.reference.field] },
  }));
  return {
    fields: schema.fields.map(frictionlessField),
    primaryKey: [schema.primaryKey],
    // The Table Schema profile requires at least one key when the property is there.
    ...(keys.length > 0 ? { foreignKeys: keys } : {}),
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
