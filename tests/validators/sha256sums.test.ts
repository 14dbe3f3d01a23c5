/**
 * /data/SHA256SUMS.txt covers what it says: every data file under /data/ but itself (not the HTML pages), and
 * GNU coreutils' `sha256sum -c --strict` confirms every line of it, in both builds.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, test } from "vitest";
import { BUILDS, FIXTURES, buildDir, filesUnder } from "./built-sites.ts";

const sha256sumCheck = (dir: string) =>
  spawnSync("sha256sum", ["--check", "--strict", "--quiet", "SHA256SUMS.txt"], { cwd: dir, encoding: "utf8" });

describe("/data/SHA256SUMS.txt", () => {
  for (const build of BUILDS) {
    const data = join(buildDir(build), "data");

    test(`${build}: lists every data file under /data/ but itself, and no web page`, () => {
      const listed = readFileSync(join(data, "SHA256SUMS.txt"), "utf8")
        .trimEnd()
        .split("\n")
        .map((line) => line.slice(66));
      const dataFiles = filesUnder(data, (name) => !name.endsWith(".html") && name !== "SHA256SUMS.txt").map((path) =>
        relative(data, path).split(sep).join("/"),
      );
      expect(listed).toEqual(dataFiles);
    });

    test(`${build}: sha256sum -c --strict passes`, () => {
      const run = sha256sumCheck(data);
      expect(run.stdout + run.stderr).toBe("");
      expect(run.status).toBe(0);
    });

    test(`${build}: the /data/ page says which files it covers`, () => {
      expect(readFileSync(join(data, "index.html"), "utf8")).toContain("The sha256 of every data file under /data/ (pinned versions included; not the web pages)");
    });
  }

  test("sha256sum -c rejects a changed file (tests/fixtures/validators/sums/)", () => {
    const run = sha256sumCheck(join(FIXTURES, "sums"));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("figures.csv: FAILED");
  });
});
