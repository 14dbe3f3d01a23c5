/** Reads test fixtures: the valid mini datasets, with any file swapped for a broken one. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReadFile } from "../../../src/lib/data/load.ts";

export const FIXTURES = join(import.meta.dirname, "../../fixtures");

export function bytesOf(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, path)));
}

/** The valid fixture datasets, with `overrides` (file name -> fixture path or bytes) replacing some files. */
export function fixtureReader(overrides: Record<string, string | Uint8Array | null> = {}): ReadFile {
  return (fileName) => {
    if (fileName in overrides) {
      const o = overrides[fileName];
      return typeof o === "string" ? bytesOf(o) : (o ?? null);
    }
    const path = join(FIXTURES, "data/valid", fileName);
    return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
  };
}
