/**
 * Golden-file comparison for SVG snapshots, after observablehq/plot's
 * plot-snapshot: numbers rounded and generated ids renumbered before
 * comparing; a missing golden fails under CI instead of being written.
 * Locally, a missing golden is written (review it before committing);
 * UPDATE_GOLDENS=1 rewrites changed ones.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";

export const GOLDEN_DIR = join(import.meta.dirname, "golden");

/** Rounds every decimal number to one place and renumbers ids, one element per line. */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  const renamed = svg.replace(/(?<![-\w])id="([^"]+)"/g, (_m, id: string) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
    return `id="${ids.get(id)}"`;
  });
  const referenced = [...ids].reduce((text, [from, to]) => text.replaceAll(`${from} `, `${to} `).replaceAll(` ${from}"`, ` ${to}"`).replaceAll(`"${from}"`, `"${to}"`), renamed);
  return `${referenced.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, ">\n<")}\n`;
}

export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  const normalised = normaliseSvg(actual);
  if (!existsSync(path) || process.env["UPDATE_GOLDENS"] === "1") {
    if (process.env["CI"] && !existsSync(path)) throw new Error(`missing golden ${name}: run the tests locally, review the new file and commit it`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, normalised);
    console.warn(`wrote golden ${name}: review it before committing`);
    return;
  }
  expect(normalised, `golden ${name} differs (UPDATE_GOLDENS=1 after reviewing)`).toBe(readFileSync(path, "utf8"));
}
