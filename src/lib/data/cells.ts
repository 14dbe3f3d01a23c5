/**
 * Reads one cell as its column's type. Returns the typed value or a message
 * that says what is wrong in words a curator can act on.
 */
import { daysInMonth, PARTIAL_DATE } from "./partial-date.ts";
import type { FieldBase } from "./schema-types.ts";

export type CellResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

const ok = (value: unknown): CellResult => ({ ok: true, value });
const fail = (message: string): CellResult => ({ ok: false, message });
const show = (raw: string) => JSON.stringify(raw.length > 60 ? `${raw.slice(0, 57)}...` : raw);

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Checks an ISO date of precision year, month or day; returns a problem or null. */
export function partialDateProblem(raw: string, fullOnly: boolean): string | null {
  const m = PARTIAL_DATE.exec(raw);
  const form = fullOnly ? "YYYY-MM-DD" : "YYYY, YYYY-MM or YYYY-MM-DD";
  if (!m || (fullOnly && m[3] === undefined)) return `${show(raw)} is not a date in the form ${form}`;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return `${show(raw)} is not a valid date: there is no month ${mo}`;
  if (d !== undefined && (Number(d) < 1 || Number(d) > daysInMonth(Number(y), Number(mo)))) {
    return `${show(raw)} is not a valid date: ${y}-${mo} has no day ${d}`;
  }
  return null;
}

function numberProblem(raw: string, integer: boolean): string {
  const kind = integer ? "a whole number" : "a number";
  if (raw.includes(",") && /^-?[\d,]+(?:\.\d+)?$/.test(raw)) return `${show(raw)} is not ${kind}: write it without thousands separators (${raw.replaceAll(",", "")})`;
  return `${show(raw)} is not ${kind}: use digits only${integer ? "" : " and an optional decimal point"}, with no units or words`;
}

function allowed(values: readonly string[] | undefined, v: string): boolean {
  return values === undefined || values.includes(v);
}

/** Parses a non-blank cell. Blank cells are handled by the caller (required or null). */
export function parseCell(field: FieldBase, raw: string): CellResult {
  if (raw !== raw.trim()) return fail(`${show(raw)} has spaces or line breaks at its start or end`);
  switch (field.type) {
    case "id":
      return ID.test(raw) ? ok(raw) : fail(`${show(raw)} is not a valid id: use lower-case letters, digits and single hyphens`);
    case "string":
      return /[\r\n]/.test(raw) ? fail(`${show(raw)} has a line break; this column holds one line`) : ok(raw);
    case "text":
      return ok(raw);
    case "url": {
      const url = URL.canParse(raw) ? new URL(raw) : null;
      return url && (url.protocol === "https:" || url.protocol === "http:") && !/\s/.test(raw)
        ? ok(raw)
        : fail(`${show(raw)} is not an absolute http(s) URL`);
    }
    case "integer":
      return INTEGER.test(raw) ? ok(Number(raw)) : fail(numberProblem(raw, true));
    case "number":
      return NUMBER.test(raw) ? ok(Number(raw)) : fail(numberProblem(raw, false));
    case "date":
    case "partial_date": {
      const problem = partialDateProblem(raw, field.type === "date");
      return problem ? fail(problem) : ok(raw);
    }
    case "enum":
      return allowed(field.values, raw)
        ? ok(raw)
        : fail(`${show(raw)} is not an allowed value; expected one of: ${(field.values ?? []).join(", ")}`);
    case "id_list": {
      const items = raw.split(";");
      const bad = items.filter((item) => !ID.test(item));
      if (bad.length > 0) return fail(`${bad.map(show).join(", ")} not valid ids; separate ids with ";" and no spaces`);
      const dup = items.find((item, i) => items.indexOf(item) !== i);
      return dup === undefined ? ok(items) : fail(`${show(dup)} appears twice in this list`);
    }
    case "list": {
      const items = raw.split(";");
      const bad = items.filter((item) => !allowed(field.values, item));
      if (bad.length > 0) {
        return fail(`${bad.map(show).join(", ")} not allowed in this list; use items from: ${(field.values ?? []).join(", ")}, separated by ";"`);
      }
      const dup = items.find((item, i) => items.indexOf(item) !== i);
      return dup === undefined ? ok(items) : fail(`${show(dup)} appears twice in this list`);
    }
  }
}
