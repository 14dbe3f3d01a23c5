/**
 * Hostile text for the hostile-data build: markup, script, attribute and SVG
 * break-outs, `javascript:` URLs written as text, bidi overrides, spreadsheet
 * formula prefixes, a word too long for any line and character references
 * written as text. Every text field of every row gets one, so every page shows
 * some.
 */
import { createHash } from "node:crypto";
import { canonicalCsv } from "../../src/lib/catalogue/formats.ts";
import type { Datasets } from "../../src/lib/data/schemas.ts";
import { SCHEMAS } from "../../src/lib/data/schemas.ts";

export const PAYLOADS = [
  '<script>alert("hostile-1")</script>',
  '"><svg onload=alert("hostile-2")>',
  '</text><script>alert("hostile-3")</script>',
  "javascript:alert('hostile-4')",
  "\u202Egnp.exe hostile-5 \u202C",
  '=HYPERLINK("http://example.invalid","hostile-6")',
  "+hostile-7",
  "-hostile-8",
  "@SUM(hostile-9)",
  `hostile-10-${"W".repeat(300)}`,
  "<img src=x onerror=alert('hostile-11')>",
  "{{hostile-12}} ${hostile-13} <!-- hostile-14 -->",
  // Character references written as text: shown exactly so, never decoded into the markup they spell.
  "&lt;script&gt;hostile-15&lt;/script&gt; &amp;amp; &#60;b>",
] as const;

/** The datasets with a payload put in front of every non-empty string and text cell. */
export function hostileDatasets(data: Datasets): Datasets {
  let n = 0;
  const out: Record<string, unknown[]> = {};
  for (const schema of SCHEMAS) {
    const textFields = schema.fields.filter((f) => f.type === "string" || f.type === "text").map((f) => f.name);
    const rows = data[schema.name as keyof Datasets] as readonly Record<string, unknown>[];
    out[schema.name] = rows.map((row) => {
      const copy = { ...row };
      for (const field of textFields) {
        const value = copy[field];
        const payload = PAYLOADS[n++ % PAYLOADS.length] ?? "";
        // Payloads never end the cell: values may not end with a space, and this keeps the original readable.
        copy[field] = typeof value === "string" && value !== "" ? `${payload} ${value}` : value === null ? payload : value;
      }
      return copy;
    });
  }
  return out as unknown as Datasets;
}

/** The files of a hostile data folder: each CSV, its release archive and a changelog that records them. */
export function hostileFiles(data: Datasets, changelogCsv: string): Map<string, string> {
  const hostile = hostileDatasets(data);
  const files = new Map<string, string>();
  const sha = new Map<string, string>();
  for (const schema of SCHEMAS) {
    const csv = canonicalCsv(schema, hostile[schema.name as keyof Datasets] as never);
    files.set(`${schema.name}.csv`, csv);
    files.set(`releases/${schema.name}/1.0.0.csv`, csv);
    sha.set(schema.name, createHash("sha256").update(csv).digest("hex"));
  }
  // Same versions as the real changelog, with the hostile files' hashes; every version's archive holds the hostile file.
  const lines = changelogCsv.trimEnd().split("\n");
  for (const line of lines.slice(1)) {
    const [dataset, version] = (line.split(",")[0] ?? "").split("@");
    if (dataset && version && sha.has(dataset)) files.set(`releases/${dataset}/${version}.csv`, files.get(`${dataset}.csv`) ?? "");
  }
  files.set(
    "changelog.csv",
    `${[lines[0], ...lines.slice(1).map((line) => line.replace(/^([^,]+),([^,]+),(.*),([0-9a-f]{64})$/, (_m, id: string, ds: string, mid: string) => `${id},${ds},${mid},${sha.get(ds) ?? ""}`))].join("\n")}\n`,
  );
  return files;
}
