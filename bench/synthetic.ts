/**
 * Synthetic takedown-style data for the scaling benchmark: one published
 * figure per row (id, month, value, qualifier), validated by the same
 * validator as the real datasets, about 24 bytes a row, so a million rows is
 * roughly 20-25 MB. Deterministic: the same seed gives the same bytes.
 */
import { defineTable } from "../src/lib/data/schema-types.ts";
import { QUALIFIERS } from "../src/lib/data/schemas.ts";

export const syntheticSchema = defineTable({
  name: "synthetic_takedowns",
  title: "Synthetic takedown figures",
  description: "Benchmark data only.",
  primaryKey: "id",
  foreignKeys: [],
  orderedPairs: [],
  fields: [
    { name: "id", type: "id", required: true, description: "Row id." },
    { name: "period_end", type: "partial_date", required: true, description: "Month the figure covers." },
    { name: "value", type: "integer", required: true, description: "Removals." },
    { name: "qualifier", type: "enum", required: true, description: "As worded.", values: QUALIFIERS },
  ] as const,
});

/** Mulberry32: a tiny seeded generator, so every run benchmarks the same bytes. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticCsv(rows: number, seed = 1): string {
  const next = random(seed);
  const lines = ["id,period_end,value,qualifier"];
  for (let i = 0; i < rows; i++) {
    const year = 2019 + Math.floor(next() * 7);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, "0");
    const qualifier = QUALIFIERS[Math.floor(next() * QUALIFIERS.length)] ?? "exact";
    lines.push(`${i.toString(36)},${year}-${month},${Math.floor(next() * 20000)},${qualifier}`);
  }
  return `${lines.join("\n")}\n`;
}
