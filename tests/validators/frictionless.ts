/** Frictionless checks by outside implementations: the official JSON Schemas (ajv) and tableschema-js. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import Ajv, { type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";

export interface PackageDescriptor {
  readonly resources: readonly { readonly name: string; readonly path: string; readonly schema: TableSchemaDescriptor }[];
}
interface TableSchemaDescriptor {
  readonly fields: readonly { readonly name: string; readonly constraints?: { readonly pattern?: string } }[];
}

type Profile = "data-package" | "tabular-data-package" | "table-schema";

// The profiles are JSON Schema draft-04 and carry editor annotations (`propertyOrder`, `context`, `options`, the
// `textarea` format) and omit `type` beside some keywords, so unknown keywords and implied types are allowed and
// `textarea` accepts any string; every other format is checked.
const ajv = new Ajv({ allErrors: true, strictSchema: false, strictTypes: false, formats: { textarea: true } });
addFormats(ajv);
const validators = new Map<Profile, ValidateFunction>();

function validator(profile: Profile): ValidateFunction {
  let validate = validators.get(profile);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, "schemas", `${profile}.json`), "utf8")) as object);
    validators.set(profile, validate);
  }
  return validate;
}

/** `file: /json/pointer: message` for every way `value` breaks the official JSON Schema of `profile`. */
export function jsonSchemaProblems(profile: Profile, value: unknown, file: string): string[] {
  const validate = validator(profile);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${file}: ${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
}

interface TableSchemaError extends Error {
  rowNumber?: number;
  errors?: Error[];
}
interface TableschemaJs {
  Table: {
    load(source: string, options: { schema: object }): Promise<{ read(options: object): Promise<unknown[]> }>;
  };
}
const { Table } = createRequire(import.meta.url)("tableschema") as TableschemaJs;

/**
 * `file: row N: message` (N counts records, the header being 1) for every row of every resource that tableschema-js
 * refuses, with the other resources' rows given as its foreign-key relations. tableschema-js tests a `pattern` with
 * an unanchored RegExp, where the spec's XML Schema patterns match the whole value, so whole-value pattern
 * mismatches are added from the rows it read.
 */
export async function tableProblems(descriptor: PackageDescriptor, base: string, show: (path: string) => string): Promise<string[]> {
  const keyed = new Map<string, Record<string, unknown>[]>();
  for (const resource of descriptor.resources) {
    const table = await Table.load(join(base, resource.path), { schema: resource.schema });
    const rows = await table.read({ keyed: true, forceCast: true });
    keyed.set(resource.name, rows.filter((row): row is Record<string, unknown> => !(row instanceof Error)));
  }
  const relations = Object.fromEntries(keyed);
  const problems: string[] = [];
  for (const resource of descriptor.resources) {
    const file = show(join(base, resource.path));
    const table = await Table.load(join(base, resource.path), { schema: resource.schema });
    const rows = await table.read({ extended: true, forceCast: true, relations });
    for (const row of rows) {
      if (row instanceof Error) {
        const error = row as TableSchemaError;
        const details = (error.errors ?? []).map((e) => e.message);
        problems.push(`${file}: row ${error.rowNumber ?? "?"}: ${[error.message, ...details].join("; ")}`);
        continue;
      }
      const [rowNumber, , values] = row as [number, string[], unknown[]];
      resource.schema.fields.forEach((field, i) => {
        const pattern = field.constraints?.pattern;
        const value = values[i];
        if (pattern && typeof value === "string" && !new RegExp(`^(?:${pattern})$`, "u").test(value)) {
          problems.push(`${file}: row ${rowNumber}: ${field.name}: “${value}” does not match the whole pattern ${pattern}`);
        }
      });
    }
  }
  return problems;
}
