/**
 * Reads one cell as its column's type. Returns the typed value or a message
 * that says what is wrong in words a curator can act on.
 */
import { daysInMonth, PARTIAL_DATE } from "./partial-date.ts";
import { maxLengthOf, minimumOf, type FieldBase } from "./schema-types.ts";

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

/** U+0001 style name of a character, for messages. */
const codePoint = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

// C0 controls but tab, LF and CR; DEL and the C1 controls; the byte order mark. None belongs in a cell: they are
// invisible, XML 1.0 forbids most of them (so a feed or SVG holding one is broken) and they crash PNG rendering.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/;
// Tab is allowed only where line breaks are (multi-line text); elsewhere it is one more invisible character.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_TAB = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\t]/;

/** Why a cell's characters cannot be accepted (control characters, a stray BOM), or null. */
export function controlCharacterProblem(field: FieldBase, raw: string): string | null {
  const match = (field.type === "text" ? CONTROL : CONTROL_OR_TAB).exec(raw);
  if (!match) return null;
  const ch = match[0];
  const where = `at character ${match.index + 1} of the cell`;
  if (ch === "\u0000") return `has a NUL character (U+0000) ${where}; remove it (a file saved as UTF-16 or binary data shows many)`;
  if (ch === "\uFEFF") return `has a byte order mark (U+FEFF) ${where}; remove it: a BOM may only stand at the very start of the file`;
  if (ch === "\t") return `has a tab ${where}; this column holds one line of text without tabs`;
  return `has the control character ${codePoint(ch)} ${where}; remove it: control characters are invisible and break XML and images`;
}

/** The decimal digits of a plain number, without redundant zeros: what the number's value looks like written out. */
export function normalisedDecimal(raw: string): string {
  const negative = raw.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? raw.slice(1) : raw).split(".");
  const w = whole.replace(/^0+(?=\d)/, "");
  const f = fraction.replace(/0+$/, "");
  const digits = f === "" ? w : `${w}.${f}`;
  return negative && digits !== "0" ? `-${digits}` : digits;
}

/**
 * Why a number written with digits cannot be kept exactly, or null. A value that JavaScript would round (more
 * than about 15 significant digits, an integer past 2^53 - 1) or turn into Infinity is refused rather than changed
 * without a word: every download and release writes the number back from its parsed value.
 */
export function unsafeNumberProblem(raw: string): string | null {
  const value = Number(raw);
  if (!Number.isFinite(value)) return `${show(raw)} is too large to be stored as a number`;
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return `${show(raw)} is too large to be stored exactly: whole numbers may not exceed ${Number.MAX_SAFE_INTEGER}`;
  }
  const written = String(value);
  if (written !== normalisedDecimal(raw)) {
    const advice = written.includes("e") ? "" : "; use at most 15 significant digits";
    return `${show(raw)} cannot be stored exactly: it would be written back as ${written}${advice}`;
  }
  return null;
}

/** A parsed number checked against the column's minimum and maximum. */
function numberInRange(field: FieldBase, raw: string, value: number): CellResult {
  const min = minimumOf(field);
  if (min !== undefined && value < min) return fail(`${show(raw)} is below the minimum of ${min}${min === 0 ? ": this column cannot be negative" : ""}`);
  if (field.maximum !== undefined && value > field.maximum) return fail(`${show(raw)} is above the maximum of ${field.maximum}`);
  return ok(value);
}

function parseNumber(field: FieldBase, raw: string, integer: boolean): CellResult {
  if (!(integer ? INTEGER : NUMBER).test(raw)) return fail(numberProblem(raw, integer));
  const unsafe = unsafeNumberProblem(raw);
  return unsafe ? fail(unsafe) : numberInRange(field, raw, Number(raw));
}

function allowed(values: readonly string[] | undefined, v: string): boolean {
  return values === undefined || values.includes(v);
}

/** Parses a non-blank cell. Blank cells are handled by the caller (required or null). */
export function parseCell(field: FieldBase, raw: string): CellResult {
  // Length first: nothing else should spend time on a cell that is far too long. (Numbers have no length limit:
  // their shape and size checks are linear, and "too large" says more than "too long".)
  const max = maxLengthOf(field);
  if (max !== undefined && raw.length > max) return fail(`is ${raw.length} characters long; this column allows at most ${max}`);
  // Before the spaces check, which would call a stray BOM or a control character "spaces".
  const control = controlCharacterProblem(field, raw);
  if (control) return fail(control);
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
      return parseNumber(field, raw, true);
    case "number":
      return parseNumber(field, raw, false);
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
