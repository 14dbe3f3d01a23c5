/** The two production builds the validators read: dist/ (the real data) and dist-hostile/ (tests/hostile/payloads.ts). */
import { existsSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const ROOT = join(import.meta.dirname, "../..");
export const BUILDS = ["dist", "dist-hostile"] as const;
export const FIXTURES = join(ROOT, "tests/fixtures/validators");

/** Absolute path of a build, after checking it was built (npm test builds both before this suite runs). */
export function buildDir(build: (typeof BUILDS)[number]): string {
  const dir = join(ROOT, build);
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(`${build}/ has not been built: run \`npm run build && npm run build:hostile\` first (npm test does)`);
  }
  return dir;
}

/** Every file under `dir` whose name passes `keep`, as absolute paths, sorted. */
export function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A path relative to the repository, with forward slashes, for messages such as `dist/about/index.html:2: ...`. */
export function shown(path: string): string {
  return relative(ROOT, path).split(sep).join("/");
}
