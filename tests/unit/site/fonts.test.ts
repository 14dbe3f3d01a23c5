/**
 * The text face as served (src/pages/fonts/[file].ts cuts it with these options): each weight stays small enough to
 * arrive before a phone's first paint, and the cut drops the hinting programs and nothing the pages print.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import subsetFont from "subset-font";
import { describe, expect, it } from "vitest";
import { FONT_FACES, SUBSET_OPTIONS, SUBSET_TEXT } from "../../../src/lib/site/fonts.ts";

const packageDir = dirname(createRequire(import.meta.url).resolve("source-sans/package.json"));
const KB = 1024;

/** The table tags of an sfnt (TrueType) font: a 12-byte header, then 16 bytes per table starting with its tag. */
function tableTags(sfnt: Buffer): string[] {
  const count = sfnt.readUInt16BE(4);
  return Array.from({ length: count }, (_, i) => sfnt.toString("latin1", 12 + i * 16, 16 + i * 16));
}

describe.each(FONT_FACES)("the served face $file", (face) => {
  const ttf = readFileSync(join(packageDir, face.ttf));

  it("is WOFF2 and at most 32 KB", async () => {
    const woff2 = Buffer.from(await subsetFont(ttf, SUBSET_TEXT, SUBSET_OPTIONS));
    expect(woff2.toString("latin1", 0, 4)).toBe("wOF2");
    expect(woff2.length).toBeLessThanOrEqual(32 * KB);
  });

  it("keeps the glyph outlines, metrics and kerning but drops the hinting programs", async () => {
    const tags = tableTags(Buffer.from(await subsetFont(ttf, SUBSET_TEXT, { ...SUBSET_OPTIONS, targetFormat: "truetype" })));
    expect(tags).toEqual(expect.arrayContaining(["cmap", "glyf", "hmtx", "GPOS"]));
    for (const hinting of ["fpgm", "prep", "cvt "]) expect(tags).not.toContain(hinting);
    // The source face does carry them, so the test can fail.
    expect(tableTags(ttf)).toEqual(expect.arrayContaining(["fpgm", "prep"]));
  });
});
