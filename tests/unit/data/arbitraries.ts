/** fast-check generators of valid rows for any table schema. */
import fc from "fast-check";
import { controlCharacterProblem } from "../../../src/lib/data/cells.ts";
import { maxLengthOf, minimumOf, type FieldBase, type TableSchema } from "../../../src/lib/data/schema-types.ts";

const trimmed = (s: string) => s.length > 0 && s === s.trim();
// Graphemes cover emoji, combining marks and right-to-left text; the extras force CSV's hard cases.
const awkward = fc.constantFrom(",", '"', "\n", "\r\n", "=", "+", "-", "@", "\t", "‮", "</text>", "'");
const textPiece = fc.oneof(fc.string({ unit: "grapheme", maxLength: 6 }), awkward);
const anyText = fc.array(textPiece, { maxLength: 6 }).map((parts) => parts.join(""));

const idArb = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const dateArb = fc
  .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), p: fc.nat(2) })
  .map(({ y, m, d, p }) => [String(y), String(m).padStart(2, "0"), String(d).padStart(2, "0")].slice(0, p + 1).join("-"));
// Ranges are generated directly, never by filtering: a filter that rarely passes (a percentage drawn from 0 to 1e9
// and kept only when at most 100) makes fast-check retry for ever.
const numberArb = (min: number, max: number) =>
  fc
    .record({ whole: fc.integer({ min: min < 0 ? min + 1 : min, max: Math.max(min, max - 1) }), frac: fc.option(fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, "0").replace(/0+$/, "") || "5")) })
    .map(({ whole, frac }) => Number(frac === null ? String(whole) : `${whole}.${frac}`))
    .filter((n) => !Object.is(n, -0));

// Built here rather than with fc.webUrl, whose first use takes about nine seconds to set up (it timed the
// round-trip test out on a loaded machine). Commas and quotes are legal in URLs and test the CSV quoting.
const urlArb = fc
  .record({
    scheme: fc.constantFrom("http", "https"),
    host: fc.stringMatching(/^[a-z0-9]{1,8}(\.[a-z0-9]{1,8}){0,2}\.[a-z]{2,4}$/),
    path: fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 8 }).map(encodeURIComponent), fc.constantFrom("a,b", "it's", "%22q%22")), { maxLength: 3 }),
    query: fc.option(fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })).map(([k, v]) => `?${encodeURIComponent(k)}=${encodeURIComponent(v)}`)),
    fragment: fc.option(fc.string({ maxLength: 6 }).map((f) => `#${encodeURIComponent(f)}`)),
  })
  .map(({ scheme, host, path, query, fragment }) => `${scheme}://${host}/${path.join("/")}${query ?? ""}${fragment ?? ""}`);

/** Text the column accepts: no control characters (tabs only in multi-line text), within the length limit. */
const acceptable = (field: FieldBase) => (s: string) => controlCharacterProblem(field, s) === null && s.length <= (maxLengthOf(field) ?? Infinity);

function valueArb(field: FieldBase): fc.Arbitrary<unknown> {
  const values = field.values ?? [];
  switch (field.type) {
    case "id":
      return idArb;
    case "string":
      return anyText.filter((s) => trimmed(s) && !/[\r\n]/.test(s) && acceptable(field)(s));
    case "text":
      return anyText.filter((s) => trimmed(s) && acceptable(field)(s));
    case "url":
      return urlArb;
    case "integer":
      return fc.integer({ min: minimumOf(field) ?? -1e12, max: field.maximum ?? 1e12 }).filter((n) => !Object.is(n, -0));
    case "number":
      return numberArb(minimumOf(field) ?? -1e9, field.maximum ?? 1e9);
    case "date":
      return dateArb.filter((d) => d.length === 10);
    case "partial_date":
      return dateArb;
    case "enum":
      return fc.constantFrom(...values);
    case "list":
      return fc.subarray([...values], { minLength: field.required ? 1 : 0 });
    case "id_list":
      return fc.uniqueArray(idArb, { minLength: field.required ? 1 : 0, maxLength: 3 });
  }
}

/** Rows that satisfy `schema` within one table: unique keys, ordered pairs in order. */
export function rowsArb(schema: TableSchema): fc.Arbitrary<Record<string, unknown>[]> {
  const row = fc.record(
    Object.fromEntries(
      schema.fields.map((f) => [f.name, f.required || f.type === "list" || f.type === "id_list" ? valueArb(f) : fc.option(valueArb(f))]),
    ) as Record<string, fc.Arbitrary<unknown>>,
  );
  return fc
    .uniqueArray(row, { minLength: 1, maxLength: 8, selector: (r) => r[schema.primaryKey] })
    .map((rows) =>
      rows.map((r) => {
        const out = { ...r };
        for (const { start, end } of [...schema.orderedPairs, ...(schema.orderedNumbers ?? [])]) out[end] = out[start];
        return out;
      }),
    );
}
