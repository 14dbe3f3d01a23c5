/**
 * Two builds of the same commit give byte-identical output: every date in the
 * output comes from the data (source dates, changelog), never from the clock,
 * and images, ZIPs and indexes are deterministic. The first build is `npm test`'s
 * own dist/ (built minutes earlier in the machine's zone and locale); the second is
 * made here, at another time in another zone and locale, so the check costs one
 * build rather than two.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { buildDir, ROOT } from "./built-sites.ts";

function build(outDir: string, env: Record<string, string>): void {
  const run = spawnSync("npx", ["astro", "build", "--outDir", outDir], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}

function digest(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else files.set(relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  walk(dir);
  return files;
}

test("a second build, at another time in another time zone and locale, is byte-identical to dist/", () => {
  const first = digest(buildDir("dist"));
  const b = mkdtempSync(join(tmpdir(), "build-b-"));
  try {
    build(b, { TZ: "Pacific/Auckland", LANG: "de_DE.UTF-8" });
    const second = digest(b);
    expect(first.size).toBeGreaterThan(100);
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter((f) => first.get(f) !== second.get(f)).sort();
    expect(differing).toEqual([]);
  } finally {
    rmSync(b, { recursive: true, force: true });
  }
}, 600_000);
