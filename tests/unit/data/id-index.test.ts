import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { IdIndex } from "../../../src/lib/data/id-index.ts";

describe("IdIndex(text).add(key, offset)", () => {
  test("answers exactly as a Set would, for ids written plainly or in quotes, across table growth", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.stringMatching(/^[a-z0-9-]{1,4}$/), fc.boolean()), { maxLength: 3000 }), (ids) => {
        // Lay the ids out as a file would: one per line, some in quotes.
        let text = "";
        const offsets: number[] = [];
        for (const [id, quoted] of ids) {
          offsets.push(text.length);
          text += `${quoted ? `"${id}"` : id},x\n`;
        }
        const index = new IdIndex(text);
        const seen = new Set<string>();
        ids.forEach(([id], i) => {
          expect(index.add(id, offsets[i] ?? 0)).toBe(!seen.has(id));
          seen.add(id);
        });
      }),
      { numRuns: 60 },
    );
  });
});
